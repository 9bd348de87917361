/** `resources.statutes`: field labels of the statute catalogue. */
export const statutesResourceEn = {
  name: 'Statute |||| Statutes',
  fields: {
    id: 'Key',
    key: 'Key',
    jurisdiction: 'Jurisdiction',
    title: 'Title',
    penaltyMinMonths: 'Minimum penalty (months)',
    penaltyMaxMonths: 'Maximum penalty (months)',
    penaltyRange: 'Penalty range',
    lifePossible: 'Life imprisonment possible',
    purposes: 'Purposes of exploitation covered',
    purpose: 'Purpose of exploitation',
    validFrom: 'In force from',
    validTo: 'In force until',
    version: 'Version',
  },
};

/** `caseatlas.statute`: phrases and help texts of the statute screens. */
export const statuteTextsEn = {
  penalty_range: '%{min}–%{max} months',
  life: 'or life',
  in_force_open: 'in force',
  help: {
    key: '{jurisdiction}-{code}-{article}[-{part}], e.g. KZ-CC-128-3; it cannot change later',
    date: 'YYYY-MM-DD; empty when open-ended',
  },
};
