// A script that never finishes, and starts a child that never finishes either: what a hung build looks like to
// runScript (tests/build/runBuild.test.ts). It prints the child's pid so the test can see that it was killed too.
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
console.log(`child ${child.pid}`);
setInterval(() => {}, 1000);
