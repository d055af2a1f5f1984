import type { EntityKind } from '../schemas/entity';

/** Headings for each kind of entity, singular and plural, in the order the entity index lists them. */
export const entityKindLabels: Record<EntityKind, { singular: string; plural: string }> = {
  person: { singular: 'Person', plural: 'People' },
  state: { singular: 'State', plural: 'States' },
  organisation: { singular: 'Organisation', plural: 'Organisations' },
  'armed-group': { singular: 'Armed group', plural: 'Armed groups' },
  place: { singular: 'Place', plural: 'Places' },
  facility: { singular: 'Facility', plural: 'Facilities and bases' },
};
