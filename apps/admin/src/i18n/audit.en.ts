/** `resources.audit`: the audit trail (read-only). */
export const auditResourceEn = {
  name: 'Audit event |||| Audit trail',
  fields: {
    id: 'Id',
    at: 'Time',
    actorId: 'Account id',
    actorName: 'User',
    actorRole: 'Role',
    action: 'Action',
    targetType: 'Target type',
    targetId: 'Target id',
    outcome: 'Outcome',
    statusCode: 'HTTP status',
    clientAddress: 'Client address',
    requestId: 'Request id',
    details: 'Details',
    // Filters that are not fields.
    from: 'From',
    to: 'Until',
  },
};

/** `caseatlas.audit`: the audit screens. */
export const auditTextsEn = {
  export: 'Export CSV',
  export_failed: 'The export failed: %{message}',
  no_details: 'No details',
  help: {
    action: 'e.g. cases.update or auth.login',
  },
};
