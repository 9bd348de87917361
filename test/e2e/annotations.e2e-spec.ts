import { randomBytes } from 'node:crypto';
import { fromJsonLd } from '../../libs/annotations/src/annotation-export';
import { can } from '../../libs/contracts/src';
import type { Role } from '../../libs/contracts/src';
import type { JsonLdAnnotation } from '../../libs/annotations/src/annotation-export';
import { AuthorizedClient, authorizedClient, createAccount, signInThroughApi } from '../support/accounts';
import { auditRowsAfter, auditWatermark } from '../support/audit';
import { resetDatabase, withTestDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { deleteTestIndices, waitForSearchIndex } from '../support/search';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Annotations: who reads, changes and exports which, by id and by filter (IDOR), replies,
 * annotations of unpublished cases, re-anchoring when a case's text changes, and the W3C
 * JSON-LD export read back. Expected visibility is written out by hand below.
 */
type Reader = 'author' | 'groupMember' | 'nonMember' | 'viewer' | 'reviewer';
const READERS: Reader[] = ['author', 'groupMember', 'nonMember', 'viewer', 'reviewer'];
type Visibility = 'private' | 'group' | 'readers';
// The group holds the author, one other member and the viewer (viewers read, never write).
const ROLE_OF: Record<Reader, Role> = {
  author: 'member',
  groupMember: 'member',
  nonMember: 'member',
  viewer: 'viewer',
  reviewer: 'reviewer',
};
const IN_GROUP: Reader[] = ['author', 'groupMember', 'viewer'];
const SEES: Record<Visibility, Reader[]> = {
  private: ['author'],
  group: ['author', 'groupMember', 'viewer'],
  readers: ['author', 'groupMember', 'nonMember', 'viewer', 'reviewer'],
};

const FACTS =
  'Synthetic test case. D1 recruited the victims through online job advertisements and arranged their travel via Bishkek. ' +
  'In Dubai their passports were taken and they were told they owed the cost of the journey. ' +
  'The court heard the victims through a psychologist.';
const passage = (text: string) => ({ start: FACTS.indexOf(text), end: FACTS.indexOf(text) + text.length });

describe('annotations', () => {
  let app: TestApp;
  const clients = {} as Record<Reader, AuthorizedClient>;
  const ids = {} as Record<Reader, string>;
  let admin: AuthorizedClient;
  let groupId: string;
  let caseId: string;
  let caseVersion: number;
  const annotationOf = {} as Record<Visibility, string>;
  let suiteWatermark: number;

  const signIn = async (role: 'member' | 'viewer' | 'reviewer') => {
    const account = await createAccount(role, { username: `${role}.${randomBytes(4).toString('hex')}` });
    const session = await signInThroughApi(app.apiUrl, account);
    return { client: authorizedClient(app.apiUrl, session.accessToken), id: account.id };
  };
  const listIds = async (client: AuthorizedClient, filter: object) => {
    const response = await client.get('/annotations').query({ filter: JSON.stringify(filter), range: '[0,999]' });
    expect(response.status).toBe(200);
    return (response.body as { id: string }[]).map((annotation) => annotation.id).sort();
  };

  beforeAll(async () => {
    suiteWatermark = await auditWatermark();
    app = await startTestApp();
    await resetDatabase();
    await deleteTestIndices();
    for (const [reader, role] of [
      ['author', 'member'],
      ['groupMember', 'member'],
      ['nonMember', 'member'],
      ['viewer', 'viewer'],
      ['reviewer', 'reviewer'],
    ] as const) {
      const { client, id } = await signIn(role);
      clients[reader] = client;
      ids[reader] = id;
    }
    admin = await app.as('admin');
    for (const statute of STATUTES) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
    const group = await admin.post('/groups').send({
      name: 'Law-enforcement coordination',
      description: 'test',
      memberIds: [ids.author, ids.groupMember, ids.viewer],
    });
    expect(group.status).toBe(201);
    groupId = group.body.id;
    const created = await clients.reviewer.post('/cases').send(briefCase({ facts: FACTS, relatedCases: [] }));
    expect(created.status).toBe(201);
    caseId = created.body.id;
    caseVersion = created.body.version;
    for (const visibility of ['private', 'group', 'readers'] as const) {
      const response = await clients.author.post('/annotations').send({
        caseId,
        field: 'facts',
        ...passage('passports were taken'),
        exact: 'passports were taken',
        comment: `**${visibility}note** about the passports`,
        tags: ['document_retention', visibility],
        motivation: 'commenting',
        visibility,
        ...(visibility === 'group' ? { groupId } : {}),
      });
      expect({ visibility, status: response.status, body: response.status === 201 ? null : response.body }).toEqual({
        visibility,
        status: 201,
        body: null,
      });
      expect(response.body.target).toEqual({
        exact: 'passports were taken',
        prefix: FACTS.slice(FACTS.indexOf('passports were taken') - 32, FACTS.indexOf('passports were taken')),
        suffix: FACTS.slice(passage('passports were taken').end, passage('passports were taken').end + 32),
        ...passage('passports were taken'),
      });
      annotationOf[visibility] = response.body.id;
    }
  });
  afterAll(() => app?.close());

  /** What the permission table's row rule (`can`, scope `group`) says: the SQL and the search are held to it. */
  const canSee = (reader: Reader, visibility: Visibility) =>
    can(
      { id: ids[reader], role: ROLE_OF[reader], groups: IN_GROUP.includes(reader) ? [groupId] : [] },
      'annotations.read',
      { ownerId: ids.author, visibility, groupId: visibility === 'group' ? groupId : null },
    );

  it('the permission table’s rule (can) gives exactly the visibility written out by hand', () => {
    for (const reader of READERS) {
      for (const visibility of ['private', 'group', 'readers'] as const) {
        expect({ reader, visibility, sees: canSee(reader, visibility) }).toEqual({
          reader,
          visibility,
          sees: SEES[visibility].includes(reader),
        });
      }
    }
  });

  it('shows each annotation to exactly those allowed, by id, by list filter and in exports', async () => {
    for (const reader of READERS) {
      const expected = (['private', 'group', 'readers'] as const)
        .filter((visibility) => canSee(reader, visibility))
        .map((visibility) => annotationOf[visibility])
        .sort();
      const everything = Object.values(annotationOf);
      expect({ reader, byCase: await listIds(clients[reader], { caseId }) }).toEqual({ reader, byCase: expected });
      // Asking for them by id, by group or by author reveals nothing more (IDOR).
      expect({ reader, byIds: await listIds(clients[reader], { id: everything }) }).toEqual({
        reader,
        byIds: expected,
      });
      expect({ reader, byGroup: await listIds(clients[reader], { groupId: [groupId] }) }).toEqual({
        reader,
        byGroup: expected.filter((id) => id === annotationOf.group),
      });
      expect({ reader, byAuthor: await listIds(clients[reader], { authorId: [ids.author] }) }).toEqual({
        reader,
        byAuthor: expected,
      });
      expect({ reader, byTag: await listIds(clients[reader], { tag: ['private'] }) }).toEqual({
        reader,
        byTag: expected.filter((id) => id === annotationOf.private),
      });
      for (const visibility of ['private', 'group', 'readers'] as const) {
        const response = await clients[reader].get(`/annotations/${annotationOf[visibility]}`);
        expect({ reader, visibility, status: response.status }).toEqual({
          reader,
          visibility,
          status: SEES[visibility].includes(reader) ? 200 : 404,
        });
      }
      const exported = await clients[reader].get('/annotations/export').query({ caseId, format: 'jsonld' });
      expect(exported.status).toBe(200);
      const exportedIds = JSON.parse(exported.text).first.items.map((item: { id: string }) =>
        item.id.replace('urn:uuid:', ''),
      );
      expect({ reader, exported: exportedIds.sort() }).toEqual({ reader, exported: expected });
      const csv = await clients[reader].get('/annotations/export').query({ groupId, format: 'csv' });
      expect(csv.status).toBe(200);
      const lines = csv.text.trim().split('\n');
      expect({ reader, csvRows: lines.length - 1 }).toEqual({ reader, csvRows: SEES.group.includes(reader) ? 1 : 0 });
    }
  });

  it('searches annotation text and tags, filters and counts tags, for each reader only what they may see', async () => {
    await waitForSearchIndex(60_000);
    for (const reader of READERS) {
      const visible = (visibility: Visibility) => canSee(reader, visibility);
      for (const visibility of ['private', 'group', 'readers'] as const) {
        const byTag = await clients[reader]
          .get('/search')
          .query({ filter: JSON.stringify({ annotationTag: [visibility] }) });
        expect(byTag.status).toBe(200);
        expect({ reader, visibility, byTag: byTag.body.total }).toEqual({
          reader,
          visibility,
          byTag: visible(visibility) ? 1 : 0,
        });
        const byText = await clients[reader].get('/search').query({ q: `${visibility}note` });
        expect({ reader, visibility, byText: byText.body.total }).toEqual({
          reader,
          visibility,
          byText: visible(visibility) ? 1 : 0,
        });
      }
      const facet = (await clients[reader].get('/search')).body.facets.annotationTag;
      const expected = [
        { value: 'document_retention', count: 1 },
        ...(['group', 'private', 'readers'] as const)
          .filter(visible)
          .map((visibility) => ({ value: visibility, count: 1 })),
      ];
      expect({ reader, facet: [...facet].sort((a, b) => (a.value < b.value ? -1 : 1)) }).toEqual({
        reader,
        facet: expected,
      });
    }
  });

  it('lets only the author change or delete, and viewers never write', async () => {
    for (const reader of READERS.filter((candidate) => candidate !== 'author')) {
      for (const visibility of ['private', 'group', 'readers'] as const) {
        const id = annotationOf[visibility];
        const seen = SEES[visibility].includes(reader);
        const update = await clients[reader].put(`/annotations/${id}`).send({ comment: 'hijacked', version: 1 });
        const remove = await clients[reader].delete(`/annotations/${id}`);
        // The viewer lacks the permission altogether; others are forbidden what they see, and
        // find nothing where they do not.
        const expected = reader === 'viewer' ? 403 : seen ? 403 : 404;
        expect({ reader, visibility, update: update.status, remove: remove.status }).toEqual({
          reader,
          visibility,
          update: expected,
          remove: expected,
        });
      }
    }
    const viewerCreate = await clients.viewer
      .post('/annotations')
      .send({ caseId, field: 'facts', ...passage('psychologist'), visibility: 'readers' });
    expect(viewerCreate.status).toBe(403);
    const own = await clients.author
      .put(`/annotations/${annotationOf.readers}`)
      .send({ comment: 'edited', version: 1 });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ comment: 'edited', version: 2 });
    const stale = await clients.author
      .put(`/annotations/${annotationOf.readers}`)
      .send({ comment: 'again', version: 1 });
    expect(stale.status).toBe(409);
  });

  it('threads replies under the root, with its visibility, and takes no other', async () => {
    const reply = await clients.groupMember
      .post('/annotations')
      .send({ parentId: annotationOf.group, comment: 'Agreed.' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      parentId: annotationOf.group,
      visibility: 'group',
      groupId,
      target: null,
      caseId,
    });
    // A reply to the reply joins the same thread.
    const nested = await clients.author.post('/annotations').send({ parentId: reply.body.id, comment: 'Thanks.' });
    expect(nested.body).toMatchObject({ parentId: annotationOf.group, visibility: 'group' });
    expect(await listIds(clients.nonMember, { parentId: [annotationOf.group] })).toEqual([]);
    expect((await clients.nonMember.get(`/annotations/${reply.body.id}`)).status).toBe(404);
    expect(
      (await clients.nonMember.post('/annotations').send({ parentId: annotationOf.group, comment: 'x' })).status,
    ).toBe(404);
    const widened = await clients.author
      .post('/annotations')
      .send({ parentId: annotationOf.group, comment: 'x', visibility: 'readers' });
    expect(widened.status).toBe(400);
    expect(widened.body.problems).toContainEqual(expect.objectContaining({ path: 'visibility', rule: 'reply' }));
    // Others replied: the thread keeps the readers they wrote for.
    const root = await clients.author.get(`/annotations/${annotationOf.group}`);
    const opened = await clients.author
      .put(`/annotations/${annotationOf.group}`)
      .send({ visibility: 'readers', groupId: null, version: root.body.version });
    expect(opened.status).toBe(400);
    expect(opened.body.problems).toContainEqual(expect.objectContaining({ path: 'visibility', rule: 'thread' }));
    // A thread only its author wrote in: its replies follow the root.
    const alone = await clients.author
      .post('/annotations')
      .send({ caseId, field: 'facts', ...passage('Bishkek'), visibility: 'group', groupId });
    const ownReply = await clients.author.post('/annotations').send({ parentId: alone.body.id, comment: 'More.' });
    expect((await clients.nonMember.get(`/annotations/${ownReply.body.id}`)).status).toBe(404);
    const widened2 = await clients.author
      .put(`/annotations/${alone.body.id}`)
      .send({ visibility: 'readers', groupId: null, version: alone.body.version });
    expect(widened2.status).toBe(200);
    expect((await clients.nonMember.get(`/annotations/${ownReply.body.id}`)).body).toMatchObject({
      visibility: 'readers',
    });
    expect((await clients.author.delete(`/annotations/${alone.body.id}`)).status).toBe(200);
    // A thread others replied in is not deleted with their replies: 409, and nothing goes.
    const withReplies = await clients.author.delete(`/annotations/${annotationOf.group}`);
    expect(withReplies.status).toBe(409);
    expect(withReplies.body.message).toMatch(/Others have replied to this annotation \(1\)/);
    expect((await clients.groupMember.get(`/annotations/${reply.body.id}`)).status).toBe(200);
  });

  it('keeps a case that carries annotations: deleting it answers 409 with their count, and loses nothing', async () => {
    const before = await listIds(clients.author, { caseId });
    const watermark = await auditWatermark();
    const response = await clients.reviewer.delete(`/cases/${caseId}`);
    expect(response.status).toBe(409);
    // Everyone's count, private ones included (the count says nothing of what they hold).
    const total = await withTestDatabase(
      async (client) =>
        (await client.query('SELECT count(*)::int AS count FROM annotations WHERE case_id = $1', [caseId])).rows[0]
          .count,
    );
    expect(response.body).toMatchObject({ statusCode: 409, annotations: total });
    expect(response.body.message).toContain(`carries ${total} annotations`);
    expect((await clients.reviewer.get(`/cases/${caseId}`)).status).toBe(200);
    expect(await listIds(clients.author, { caseId })).toEqual(before);
    expect(await auditRowsAfter(watermark, 'cases.delete')).toEqual([
      expect.objectContaining({ outcome: 'failure', statusCode: 409, targetId: caseId }),
    ]);
    // The database holds the line too, whoever deletes.
    await expect(
      withTestDatabase((client) => client.query('DELETE FROM cases WHERE id = $1', [caseId])),
    ).rejects.toThrow(/annotations_case_id_fkey/);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await listIds(clients.author, { caseId });
    for (const [body, path, rule] of [
      [{ caseId, field: 'title', start: 0, end: 4 }, 'field', 'isIn'],
      [{ caseId, field: 'facts', start: 0, end: FACTS.length + 1 }, 'end', 'range'],
      [{ caseId, field: 'facts', start: 0, end: 9, exact: 'not this' }, 'exact', 'stale'],
      [
        { caseId, field: 'facts', start: 0, end: 9, visibility: 'group', groupId: randomUuid() },
        'groupId',
        'membership',
      ],
      [{ caseId, field: 'facts', start: 0, end: 9, visibility: 'group' }, 'groupId', 'required'],
      [{ caseId, field: 'facts', start: 0, end: 9, tags: ['Debt Bondage'] }, 'tags', 'matches'],
      [{ caseId, field: 'facts', start: 0, end: 9, owner: 'me' }, 'owner', 'unknownField'],
      [{ field: 'facts', start: 0, end: 9 }, 'caseId', 'required'],
      [{ caseId, field: 'facts', start: 0, end: 9, comment: 'x'.repeat(10_001) }, 'comment', 'maxLength'],
      // Found in review: null is no "not given", numbers beyond an integer, identifiers in tags.
      [{ caseId: null, field: 'facts', start: 0, end: 9 }, 'caseId', 'isUuid'],
      [{ caseId, field: null, start: 0, end: 9 }, 'field', 'isIn'],
      [{ caseId, field: 'facts', start: null, end: 9 }, 'start', 'isInt'],
      [{ caseId, field: 'facts', start: 0, end: 9, tags: ['id_012345678'] }, 'tags[0]', 'personalData'],
    ] as const) {
      const response = await clients.author.post('/annotations').send(body);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect({ path, problems: response.body.problems }).toEqual({
        path,
        problems: expect.arrayContaining([expect.objectContaining({ path, rule })]),
      });
    }
    const nonMemberGroup = await clients.nonMember
      .post('/annotations')
      .send({ caseId, field: 'facts', start: 0, end: 9, visibility: 'group', groupId });
    expect(nonMemberGroup.status).toBe(400);
    expect(await listIds(clients.author, { caseId })).toEqual(before);
  });

  it('holds its ground under races and thread changes (found in review)', async () => {
    const root = await clients.author
      .post('/annotations')
      .send({ caseId, field: 'facts', ...passage('Bishkek'), visibility: 'group', groupId, comment: 'route' });
    expect(root.status).toBe(201);
    // Two deletions at once: one deletes, the other finds nothing.
    const spare = await clients.author.post('/annotations').send({ caseId, field: 'facts', ...passage('Dubai') });
    const deletions = await Promise.all([1, 2].map(() => clients.author.delete(`/annotations/${spare.body.id}`)));
    expect(deletions.map((response) => response.status).sort()).toEqual([200, 404]);
    // A stale version says which version is current.
    expect((await clients.author.put(`/annotations/${root.body.id}`).send({ comment: 'a', version: 1 })).status).toBe(
      200,
    );
    const stale = await clients.author.put(`/annotations/${root.body.id}`).send({ comment: 'b', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect(
      (await clients.author.put(`/annotations/${root.body.id}`).send({ comment: 'c', version: 2_147_483_648 })).status,
    ).toBe(400);
    // Once others replied, the thread keeps the readers they wrote for.
    expect(
      (await clients.groupMember.post('/annotations').send({ parentId: root.body.id, comment: 'seen' })).status,
    ).toBe(201);
    const narrowed = await clients.author
      .put(`/annotations/${root.body.id}`)
      .send({ visibility: 'private', version: 2 });
    expect(narrowed.status).toBe(400);
    expect(narrowed.body.problems).toContainEqual(expect.objectContaining({ path: 'visibility', rule: 'thread' }));
    // Someone who left the group no longer writes into it.
    const group = (await admin.get(`/groups/${groupId}`)).body;
    const without = await admin.put(`/groups/${groupId}`).send({
      name: group.name,
      description: group.description,
      memberIds: [ids.groupMember, ids.viewer],
      version: group.version,
    });
    expect(without.status).toBe(200);
    expect((await clients.author.put(`/annotations/${root.body.id}`).send({ comment: 'd', version: 2 })).status).toBe(
      403,
    );
    const back = await admin.put(`/groups/${groupId}`).send({
      name: group.name,
      description: group.description,
      memberIds: [ids.author, ids.groupMember, ids.viewer],
      version: without.body.version,
    });
    expect(back.status).toBe(200);
  });

  it('refuses offsets inside a character and names of groups that differ only in letter case, and anonymizes group texts', async () => {
    const emoji = await clients.reviewer
      .post('/cases')
      .send(briefCase({ reference: 'KZ-2019-ALM-0077', facts: 'Synthetic. 😀 She wrote a note.', relatedCases: [] }));
    expect(emoji.status).toBe(201);
    const inside = await clients.author
      .post('/annotations')
      .send({ caseId: emoji.body.id, field: 'facts', start: 'Synthetic. '.length + 1, end: 'Synthetic. '.length + 9 });
    expect(inside.status).toBe(400);
    expect(inside.body.problems).toContainEqual(expect.objectContaining({ path: 'start', rule: 'boundary' }));
    expect((await admin.post('/groups').send({ name: '   ', description: '', memberIds: [] })).status).toBe(400);
    const shouting = await admin
      .post('/groups')
      .send({ name: 'LAW-ENFORCEMENT COORDINATION', description: '', memberIds: [] });
    expect(shouting.status).toBe(400);
    expect(shouting.body.problems).toContainEqual(expect.objectContaining({ path: 'name', rule: 'unique' }));
    const personal = await admin.post('/groups').send({
      name: 'Group of Ivan Petrov +77011234567',
      description: 'Contact Aigerim Bekova, +7 701 123 4567',
      memberIds: [],
    });
    expect(personal.status).toBe(201);
    expect(JSON.stringify(personal.body)).not.toMatch(/Petrov|77011234567|Bekova|701 123 4567/);
    expect((await admin.delete(`/groups/${personal.body.id}`)).status).toBe(200);
  });

  it("keeps an unpublished case's annotations from members, even shared with every reader", async () => {
    const draft = await clients.reviewer
      .post('/cases')
      .send(briefCase({ reference: 'KZ-2019-ALM-0099', status: 'draft', facts: FACTS, relatedCases: [] }));
    expect(draft.status).toBe(201);
    const note = await clients.reviewer
      .post('/annotations')
      .send({ caseId: draft.body.id, field: 'facts', ...passage('psychologist'), visibility: 'readers' });
    expect(note.status).toBe(201);
    expect((await clients.author.get(`/annotations/${note.body.id}`)).status).toBe(404);
    expect(await listIds(clients.author, { caseId: [draft.body.id] })).toEqual([]);
    expect((await clients.author.post('/annotations').send({ parentId: note.body.id, comment: 'x' })).status).toBe(404);
    expect(
      (await clients.author.post('/annotations').send({ caseId: draft.body.id, field: 'facts', start: 0, end: 4 }))
        .status,
    ).toBe(404);
    const exported = await clients.author.get('/annotations/export').query({ caseId: draft.body.id });
    expect(JSON.parse(exported.text).total).toBe(0);
    // Nor does the export's file name give the draft's reference away.
    expect(exported.headers['content-disposition']).toMatch(
      /^attachment; filename="annotations-case-\d{4}-\d{2}-\d{2}\.jsonld"$/,
    );
  });

  it('re-anchors when the case text changes: shifted, or orphaned when the passage is gone, never moved', async () => {
    const psychologist = await clients.author.post('/annotations').send({
      caseId,
      field: 'facts',
      ...passage('through a psychologist'),
      visibility: 'readers',
      comment: 'mental health',
    });
    expect(psychologist.status).toBe(201);
    const inserted = `Preface added on appeal. ${FACTS}`;
    const edit = async (facts: string) => {
      const response = await clients.reviewer.put(`/cases/${caseId}`).send({ facts, version: caseVersion });
      expect(response.status).toBe(200);
      caseVersion = response.body.version;
    };
    await edit(inserted);
    const shifted = (await clients.author.get(`/annotations/${psychologist.body.id}`)).body;
    const start = inserted.indexOf('through a psychologist');
    expect(shifted).toMatchObject({
      orphaned: false,
      target: { exact: 'through a psychologist', start, end: start + 'through a psychologist'.length },
    });
    // The passage rewritten beyond recognition: kept, marked orphaned, listed apart.
    await edit(inserted.replace('The court heard the victims through a psychologist.', 'Hearing details withheld.'));
    const orphan = (await clients.author.get(`/annotations/${psychologist.body.id}`)).body;
    expect(orphan).toMatchObject({ orphaned: true, target: shifted.target });
    expect(await listIds(clients.author, { caseId, orphaned: true })).toEqual([psychologist.body.id]);
    // The other annotations still sit on their passage.
    const passports = (await clients.author.get(`/annotations/${annotationOf.readers}`)).body;
    expect(inserted.slice(passports.target.start, passports.target.end)).toBe('passports were taken');
  });

  it('names exports by the case’s reference or the group’s name and the day, and gives names besides ids in CSV', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { reference } = (await clients.author.get(`/cases/${caseId}`)).body;
    const byCase = await clients.author.get('/annotations/export').query({ caseId, format: 'csv' });
    expect(byCase.headers['content-disposition']).toBe(`attachment; filename="annotations-${reference}-${today}.csv"`);
    const [header, ...lines] = byCase.text.trim().split('\n');
    expect(header).toBe(
      'id,caseReference,caseId,parentId,field,exact,start,end,orphaned,motivation,visibility,groupName,groupId,tags,comment,authorName,authorId,createdAt,updatedAt',
    );
    const groupLine = lines.find((line) => line.startsWith(annotationOf.group))!;
    const author = (await clients.author.get(`/annotations/${annotationOf.group}`)).body.author.displayName;
    expect(groupLine).toContain(`,${reference},${caseId},`);
    expect(groupLine).toContain(`,group,Law-enforcement coordination,${groupId},`);
    expect(groupLine).toContain(`,${author},${ids.author},`);
    // In words, in the reader's language, when the interface asks; an unknown language is refused.
    const inRussian = await clients.author.get('/annotations/export').query({ caseId, format: 'csv', language: 'ru' });
    const [russianHeader, ...russianLines] = inRussian.text.trim().split('\n');
    expect(russianHeader).toMatch(/^Номер аннотации,Номер дела,/);
    expect(russianLines.find((line) => line.startsWith(annotationOf.group))).toContain(
      ',Рабочая группа,Law-enforcement coordination,',
    );
    const refused = await clients.author.get('/annotations/export').query({ caseId, format: 'csv', language: 'de' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('language');

    const byGroup = await clients.author.get('/annotations/export').query({ groupId, format: 'jsonld' });
    expect(byGroup.headers['content-disposition']).toBe(
      `attachment; filename="annotations-law-enforcement-coordination-${today}.jsonld"`,
    );
    expect(JSON.parse(byGroup.text).label).toBe('Annotations of working group Law-enforcement coordination');
  });

  it('exports W3C JSON-LD that reads back into the same annotations', async () => {
    const exported = await clients.author.get('/annotations/export').query({ caseId, format: 'jsonld' });
    expect(exported.headers['content-type']).toMatch(/^application\/ld\+json/);
    const collection = JSON.parse(exported.text);
    expect(collection['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const items: JsonLdAnnotation[] = collection.first.items;
    const root = items.find((item) => item.id === `urn:uuid:${annotationOf.readers}`)!;
    expect(root).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      target: {
        source: `urn:caseatlas:case:${caseId}:facts`,
        selector: [{ type: 'TextQuoteSelector', exact: 'passports were taken' }, { type: 'TextPositionSelector' }],
      },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'edited', format: 'text/markdown' },
        { type: 'TextualBody', purpose: 'tagging', value: 'document_retention' },
        { type: 'TextualBody', purpose: 'tagging', value: 'readers' },
      ],
    });
    const roots = new Map(items.filter((item) => item.target.selector).map((item) => [item.id.slice(9), caseId]));
    const readBack = items.map((item) => fromJsonLd(item, (rootId) => roots.get(rootId)!));
    const listed = (
      await clients.author.get('/annotations').query({ filter: JSON.stringify({ caseId }), range: '[0,999]' })
    ).body;
    const byId = (list: { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(readBack)).toEqual(byId(listed));
  });

  it('lets only admins manage working groups', async () => {
    const body = { name: 'Legislation analysis', description: 'x', memberIds: [ids.author] };
    expect((await clients.author.post('/groups').send(body)).status).toBe(403);
    const created = await admin.post('/groups').send(body);
    expect(created.status).toBe(201);
    expect(created.body.members).toEqual([expect.objectContaining({ id: ids.author })]);
    expect((await admin.post('/groups').send(body)).status).toBe(400);
    const unknown = await admin.post('/groups').send({ ...body, name: 'Other', memberIds: [randomUuid()] });
    expect(unknown.body.problems).toContainEqual(expect.objectContaining({ path: 'memberIds[0]', rule: 'exists' }));
    const mine = await clients.viewer.get('/groups').query({ filter: JSON.stringify({ memberId: [ids.author] }) });
    expect(mine.headers['content-range']).toBe('groups 0-1/2');
    expect(mine.body.map((group: { name: string }) => group.name)).toEqual([
      'Law-enforcement coordination',
      'Legislation analysis',
    ]);
    expect((await clients.viewer.get('/groups').query({ sort: '["lol","ASC"]' })).status).toBe(400);
    expect((await clients.viewer.get('/groups')).body.map((group: { name: string }) => group.name)).toEqual([
      'Law-enforcement coordination',
      'Legislation analysis',
    ]);
    // A group its annotations are shared with stays until they go.
    expect((await admin.delete(`/groups/${groupId}`)).status).toBe(409);
    expect((await admin.delete(`/groups/${created.body.id}`)).status).toBe(200);
  });

  it('keeps the comment text out of the audit trail', async () => {
    const rows = (await auditRowsAfter(suiteWatermark)).filter((row) => row.action.startsWith('annotations.'));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows)
      expect(JSON.stringify(row.details)).not.toMatch(/note|passports|edited|Agreed|mental health/);
  });

  it('records the new annotation’s id in its audit row, as cases and groups do', async () => {
    const created = (await auditRowsAfter(suiteWatermark, 'annotations.create')).filter(
      (row) => row.outcome === 'success',
    );
    expect(created.map((row) => row.targetId)).toEqual(expect.arrayContaining(Object.values(annotationOf)));
    expect(created.every((row) => row.targetType === 'annotations')).toBe(true);
  });

  it('leaves authors their own annotations when the case is archived: they read, export and delete them', async () => {
    const current = (await clients.reviewer.get(`/cases/${caseId}`).expect(200)).body;
    await clients.reviewer.put(`/cases/${caseId}`).send({ status: 'archived', version: current.version }).expect(200);
    // Others no longer see the case nor what was shared on it.
    expect(await listIds(clients.groupMember, { caseId, authorId: [ids.author] })).toEqual([]);
    const own = await listIds(clients.author, { caseId, authorId: [ids.author] });
    expect(own).toEqual(expect.arrayContaining([annotationOf.private, annotationOf.readers]));
    expect((await clients.author.get(`/annotations/${annotationOf.private}`)).status).toBe(200);
    expect((await clients.author.delete(`/annotations/${annotationOf.private}`)).status).toBe(200);
    expect((await clients.groupMember.get(`/annotations/${annotationOf.readers}`)).status).toBe(404);
  });
});

function randomUuid(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
