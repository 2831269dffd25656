/** Who acts in the model. Each has a machine of its own except the president, whose desk is the decision machine. */
export const ACTORS = {
  kyiv: 'Kyiv (Zelenskyy, Umerov, Ukrainian lawmakers)',
  president: 'The president (Biden)',
  nsc: 'NSC (Sullivan, Carpenter, Kirby)',
  state: 'State (Blinken)',
  pentagon: 'Pentagon (Austin, Brown, Cavoli)',
  congress: 'Congress (the supplemental; Himes, Turner, Connolly)',
  allies: 'Allies (UK, France, NATO, the "more than a dozen")',
  russia: 'Russia (the Kharkiv offensive, Putin\'s threats)',
  press: 'The press',
} as const;

export type ActorId = keyof typeof ACTORS;
export const ACTOR_IDS = Object.keys(ACTORS) as ActorId[];

/** Actors whose officials speak for the administration in public. */
export const ADMINISTRATION: readonly ActorId[] = ['president', 'nsc', 'state', 'pentagon'];
