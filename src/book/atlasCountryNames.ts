/**
 * The country names of the world-atlas basemap the locator maps draw (Natural Earth 1:50m, countries-50m.json),
 * which a book's `mapFocus` must be one of. Kept here as a list so that reading book.yaml (and so `npm run check`)
 * does not load the atlas; tests/book/atlasCountryNames.test.ts fails when the atlas package names them otherwise.
 *
 * @example atlasCountryNames().includes('Norway') // true
 */
export const atlasCountryNames = (): readonly string[] => names;

const names: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'American Samoa', 'Andorra', 'Angola', 'Anguilla', 'Antarctica',
  'Antigua and Barb.', 'Argentina', 'Armenia', 'Aruba', 'Ashmore and Cartier Is.', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bermuda',
  'Bhutan', 'Bolivia', 'Bosnia and Herz.', 'Botswana', 'Br. Indian Ocean Ter.', 'Brazil', 'British Virgin Is.',
  'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cabo Verde', 'Cambodia', 'Cameroon', 'Canada', 'Cayman Is.',
  'Central African Rep.', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Cook Is.', 'Costa Rica',
  'Croatia', 'Cuba', 'Curaçao', 'Cyprus', 'Czechia', 'Côte d\'Ivoire', 'Dem. Rep. Congo', 'Denmark', 'Djibouti',
  'Dominica', 'Dominican Rep.', 'Ecuador', 'Egypt', 'El Salvador', 'Eq. Guinea', 'Eritrea', 'Estonia', 'Ethiopia',
  'Faeroe Is.', 'Falkland Is.', 'Fiji', 'Finland', 'Fr. Polynesia', 'Fr. S. Antarctic Lands', 'France', 'Gabon',
  'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Greenland', 'Grenada', 'Guam', 'Guatemala', 'Guernsey',
  'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Heard I. and McDonald Is.', 'Honduras', 'Hong Kong', 'Hungary',
  'Iceland', 'India', 'Indian Ocean Ter.', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Isle of Man', 'Israel', 'Italy',
  'Jamaica', 'Japan', 'Jersey', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan',
  'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Macao',
  'Macedonia', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Is.', 'Mauritania',
  'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Montserrat', 'Morocco',
  'Mozambique', 'Myanmar', 'N. Cyprus', 'N. Mariana Is.', 'Namibia', 'Nauru', 'Nepal', 'Netherlands',
  'New Caledonia', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'Niue', 'Norfolk Island', 'North Korea', 'Norway',
  'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines',
  'Pitcairn Is.', 'Poland', 'Portugal', 'Puerto Rico', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'S. Geo. and the Is.',
  'S. Sudan', 'Saint Helena', 'Saint Lucia', 'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia',
  'Seychelles', 'Siachen Glacier', 'Sierra Leone', 'Singapore', 'Sint Maarten', 'Slovakia', 'Slovenia',
  'Solomon Is.', 'Somalia', 'Somaliland', 'South Africa', 'South Korea', 'Spain', 'Sri Lanka', 'St-Barthélemy',
  'St-Martin', 'St. Kitts and Nevis', 'St. Pierre and Miquelon', 'St. Vin. and Gren.', 'Sudan', 'Suriname', 'Sweden',
  'Switzerland', 'Syria', 'São Tomé and Principe', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste',
  'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Turkmenistan', 'Turks and Caicos Is.',
  'U.S. Virgin Is.', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States of America',
  'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican', 'Venezuela', 'Vietnam', 'W. Sahara', 'Wallis and Futuna Is.',
  'Yemen', 'Zambia', 'Zimbabwe', 'eSwatini', 'Åland',
];
