import { DataSource } from 'typeorm';
import { AnnotationRepository, WorkingGroupRepository } from '../../libs/annotations/src';
import type { AnnotationChanges, AnnotationReader, NewAnnotation } from '../../libs/annotations/src';
import { annotationVisibilitySql } from '../../libs/access/src';
import { anchorAt, AnnotationAnchors, CaseRepository, SearchOutbox } from '../../libs/cases/src';
import { can } from '../../libs/contracts/src';
import type { AccessActor } from '../../libs/contracts/src';
import { CaseIndexReader, SavedSearchRepository } from '../../libs/search/src';
import { SharedPeopleRepository } from '../../libs/interchange/src/shared-people.repository';
import { createAccount } from '../support/accounts';
import { resetDatabase, withTestDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { startTestApp, TestApp } from '../support/test-app';

/** Outbox rows written after `watermark`, as case id → index version. */
async function outboxSince(watermark: number): Promise<{ caseId: string; indexVersion: number }[]> {
  return withTestDatabase(async (client) => {
    const result = await client.query('SELECT case_id, index_version FROM search_outbox WHERE id > $1 ORDER BY id', [
      watermark,
    ]);
    return result.rows.map((row) => ({ caseId: row.case_id, indexVersion: Number(row.index_version) }));
  });
}
const outboxWatermark = () =>
  withTestDatabase(async (client) =>
    Number((await client.query('SELECT coalesce(max(id), 0) AS id FROM search_outbox')).rows[0].id),
  );
const indexVersionOf = (id: string) =>
  withTestDatabase(async (client) =>
    Number((await client.query('SELECT index_version FROM cases WHERE id = $1', [id])).rows[0].index_version),
  );

/** The repositories that are not the case domain's own: the search outbox's writer and the shared-people read. */
describe('repositories', () => {
  let app: TestApp;
  let dataSource: DataSource;
  let citing: string;
  let cited: string;
  let draft: string;

  beforeAll(async () => {
    await resetDatabase();
    // Nothing drains the outbox meanwhile: its rows are read as written.
    app = await startTestApp({ SEARCH_RELAY: 'off' });
    dataSource = app.app.get(DataSource);
    const admin = await app.as('admin');
    const reviewer = await app.as('reviewer');
    for (const statute of STATUTES) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
    const create = async (overrides: Parameters<typeof briefCase>[0]) => {
      const response = await reviewer.post('/cases').send(briefCase(overrides));
      expect(response.status).toBe(201);
      return response.body.id as string;
    };
    cited = await create({ reference: 'KZ-2018-ALM-0007', relatedCases: [] });
    citing = await create({ reference: 'KZ-2019-ALM-0042' });
    draft = await create({ reference: 'KZ-2020-ALM-0100', status: 'draft', relatedCases: [] });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  describe('CaseIndexReader', () => {
    it('reads cases as their search documents need them: the record, its index version, the published cases citing it', async () => {
      const reader = app.app.get(CaseIndexReader);
      const rows = await reader.findForIndexing(dataSource.manager, [cited, citing, draft]);
      const byReference = new Map(rows.map((row) => [row.record.reference, row]));
      expect([...byReference.keys()].sort()).toEqual(['KZ-2018-ALM-0007', 'KZ-2019-ALM-0042', 'KZ-2020-ALM-0100']);
      // The published brief case cites KZ-2018-ALM-0007; nothing cites the other two.
      expect(byReference.get('KZ-2018-ALM-0007')!.citedBy).toBe(1);
      expect(byReference.get('KZ-2019-ALM-0042')!.citedBy).toBe(0);
      expect(byReference.get('KZ-2020-ALM-0100')!.citedBy).toBe(0);
      expect(byReference.get('KZ-2019-ALM-0042')!.indexVersion).toBe(await indexVersionOf(citing));
      expect(byReference.get('KZ-2019-ALM-0042')!.record.defendants.map((defendant) => defendant.label)).toEqual([
        'D1',
      ]);
      expect(byReference.get('KZ-2019-ALM-0042')!.annotations).toEqual([]);
      expect(await reader.findForIndexing(dataSource.manager, [])).toEqual([]);
    });

    it('pages through every case by id for a rebuild', async () => {
      const reader = app.app.get(CaseIndexReader);
      const first = await reader.findBatchForIndexing(dataSource.manager, undefined, 2);
      const rest = await reader.findBatchForIndexing(dataSource.manager, first[1].record.id, 2);
      const ids = [...first, ...rest].map((row) => row.record.id);
      expect(ids).toEqual([cited, citing, draft].sort());
    });
  });

  describe('AnnotationAnchors', () => {
    const PASSAGE = 'online job advertisements';
    const annotate = async (caseId: string, facts: string) => {
      const author = await createAccount('member');
      const start = facts.indexOf(PASSAGE);
      const anchor = anchorAt(facts, start, start + PASSAGE.length);
      return withTestDatabase(async (client) => {
        const result = await client.query(
          `INSERT INTO annotations (case_id, author_id, field, quote_exact, quote_prefix, quote_suffix,
                                    position_start, position_end, motivation, visibility)
           VALUES ($1, $2, 'facts', $3, $4, $5, $6, $7, 'highlighting', 'private') RETURNING id`,
          [caseId, author.id, anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end],
        );
        return result.rows[0].id as string;
      });
    };
    const anchorOf = (id: string) =>
      withTestDatabase(
        async (client) =>
          (await client.query('SELECT position_start, position_end, orphaned FROM annotations WHERE id = $1', [id]))
            .rows[0] as { position_start: number; position_end: number; orphaned: boolean },
      );

    it('moves a passage with the text written before it, as a step of the case’s own write', async () => {
      const repository = app.app.get(CaseRepository);
      const stored = (await repository.findById(draft))!;
      const id = await annotate(draft, stored.facts);
      const facts = `Added first. ${stored.facts}`;
      await dataSource.transaction((manager) =>
        repository.replace(manager, draft, { ...stored, facts }, stored.version + 1),
      );
      const moved = await anchorOf(id);
      expect(facts.slice(moved.position_start, moved.position_end)).toBe(PASSAGE);
      expect(moved.orphaned).toBe(false);
    });

    it('flags a passage no longer in the text as orphaned and keeps it', async () => {
      const repository = app.app.get(CaseRepository);
      const stored = (await repository.findById(draft))!;
      const ids = await withTestDatabase(
        async (client) => (await client.query('SELECT id FROM annotations WHERE case_id = $1', [draft])).rows,
      );
      await dataSource.transaction((manager) =>
        app.app
          .get(AnnotationAnchors)
          .reanchor(
            manager,
            draft,
            { summary: stored.summary, facts: 'Nothing of the passage is left.' },
            { summary: stored.summary, facts: stored.facts },
          ),
      );
      for (const { id } of ids) expect(await anchorOf(id)).toMatchObject({ orphaned: true });
    });
  });

  describe('SearchOutbox', () => {
    it('gives a changed case and the cases with the references given a new index version and an outbox row each', async () => {
      const watermark = await outboxWatermark();
      const [before, citedBefore] = [await indexVersionOf(citing), await indexVersionOf(cited)];
      await dataSource.transaction((manager) =>
        app.app.get(SearchOutbox).casesChanged(manager, [citing], ['KZ-2018-ALM-0007', 'KZ-2018-ALM-0007']),
      );
      expect(await indexVersionOf(citing)).toBe(before + 1);
      expect(await indexVersionOf(cited)).toBe(citedBefore + 1);
      expect((await outboxSince(watermark)).sort((a, b) => a.caseId.localeCompare(b.caseId))).toEqual(
        [
          { caseId: citing, indexVersion: before + 1 },
          { caseId: cited, indexVersion: citedBefore + 1 },
        ].sort((a, b) => a.caseId.localeCompare(b.caseId)),
      );
    });

    it('writes nothing when nothing changed, and nothing that outlives a rolled-back change', async () => {
      const watermark = await outboxWatermark();
      await dataSource.transaction((manager) => app.app.get(SearchOutbox).casesChanged(manager, [], []));
      await expect(
        dataSource.transaction(async (manager) => {
          await app.app.get(SearchOutbox).casesChanged(manager, [citing], []);
          throw new Error('the change fails');
        }),
      ).rejects.toThrow('the change fails');
      expect(await outboxSince(watermark)).toEqual([]);
    });

    it('reads the references a stored case cites', async () => {
      const outbox = app.app.get(SearchOutbox);
      expect(await outbox.citedBy(dataSource.manager, citing)).toEqual(['KZ-2018-ALM-0007']);
      expect(await outbox.citedBy(dataSource.manager, cited)).toEqual([]);
    });

    it('renews the cases charging a statute', async () => {
      const watermark = await outboxWatermark();
      await dataSource.transaction((manager) => app.app.get(SearchOutbox).casesChargingChanged(manager, 'KZ-CC-128-3'));
      expect(new Set((await outboxSince(watermark)).map((row) => row.caseId))).toEqual(new Set([citing, cited, draft]));
    });

    it('deletes a case with a row one version above its last, and renews the cases it cited', async () => {
      const watermark = await outboxWatermark();
      const [last, citedBefore] = [await indexVersionOf(citing), await indexVersionOf(cited)];
      await dataSource.transaction((manager) => app.app.get(SearchOutbox).deleteCase(manager, citing));
      expect(await outboxSince(watermark)).toEqual([
        { caseId: citing, indexVersion: last + 1 },
        { caseId: cited, indexVersion: citedBefore + 1 },
      ]);
      expect(
        await withTestDatabase(
          async (client) => (await client.query('SELECT id FROM cases WHERE id = $1', [citing])).rowCount,
        ),
      ).toBe(0);
    });
  });

  describe('SavedSearchRepository', () => {
    it('inserts, lists, counts, finds, marks seen and deletes a reader’s saved searches', async () => {
      const repository = app.app.get(SavedSearchRepository);
      // An account of this test's own: the table is shared with other suites.
      const ownerId = (await createAccount('member')).id;
      const inserted = await dataSource.transaction((manager) =>
        repository.insert(manager, {
          ownerId,
          name: 'Debt bondage in KZ',
          q: 'debt bondage',
          filter: { jurisdiction: ['KZ'] },
        }),
      );
      expect(inserted).toMatchObject({
        ownerId,
        name: 'Debt bondage in KZ',
        q: 'debt bondage',
        filter: { jurisdiction: ['KZ'] },
      });
      const second = await dataSource.transaction((manager) =>
        repository.insert(manager, { ownerId, name: 'Second', q: '', filter: {} }),
      );
      expect((await repository.listOf(ownerId)).map((saved) => saved.id)).toEqual([inserted.id, second.id]);
      expect(await repository.countOf(ownerId)).toBe(2);
      expect(await repository.findById(inserted.id)).toEqual(inserted);
      expect(await repository.findById('00000000-0000-4000-8000-000000000000')).toBeNull();
      // Seen up to now at most, and never past a change still waiting in the outbox.
      const waiting = await withTestDatabase(
        async (client) =>
          (await client.query('SELECT min(created_at) AS at FROM search_outbox WHERE parked_at IS NULL')).rows[0]
            .at as Date | null,
      );
      const seen = await dataSource.transaction((manager) => repository.markSeen(manager, inserted.id));
      expect(Date.parse(seen.seenAt)).toBeLessThanOrEqual(Date.now());
      if (waiting) expect(Date.parse(seen.seenAt)).toBeLessThan(waiting.getTime());
      await dataSource.transaction((manager) => repository.delete(manager, second.id));
      expect((await repository.listOf(ownerId)).map((saved) => saved.id)).toEqual([inserted.id]);
    });
  });

  describe('WorkingGroupRepository', () => {
    it('writes a group with its members, reads it by id and by member, guards its version and deletes it', async () => {
      const groups = app.app.get(WorkingGroupRepository);
      const [first, second] = (await Promise.all([createAccount('member'), createAccount('member')])).map(
        (account) => account.id,
      );
      const id = await dataSource.transaction(async (manager) => {
        const created = await groups.insert(manager, 'Border crossings', 'Synthetic test group');
        await groups.setMembers(manager, created, [first]);
        return created;
      });
      const read = await groups.findById(id);
      expect(read).toMatchObject({ id, name: 'Border crossings', description: 'Synthetic test group', version: 1 });
      expect(read!.members.map((member) => member.id)).toEqual([first]);
      expect(await groups.findById('00000000-0000-4000-8000-000000000000')).toBeNull();

      // Only at the version read; members replaced as a whole.
      expect(
        await dataSource.transaction((manager) => groups.update(manager, id, 'Border crossings', 'Renamed', 7)),
      ).toBe(false);
      await dataSource.transaction(async (manager) => {
        expect(await groups.update(manager, id, 'Border crossings', 'Renamed', 1)).toBe(true);
        await groups.setMembers(manager, id, [second]);
      });
      expect(await groups.findById(id)).toMatchObject({ description: 'Renamed', version: 2 });
      expect((await groups.findById(id))!.members.map((member) => member.id)).toEqual([second]);
      const page = await groups.findPage({
        filter: { memberId: [second] },
        sort: { field: 'name', order: 'ASC' },
        offset: 0,
        limit: 10,
      });
      expect(page.rows.map((group) => group.id)).toContain(id);
      expect(
        (
          await groups.findPage({
            filter: { memberId: [first] },
            sort: { field: 'name', order: 'ASC' },
            offset: 0,
            limit: 10,
          })
        ).rows.map((group) => group.id),
      ).not.toContain(id);
      expect(await groups.names()).toContain('Border crossings');
      expect([
        ...(await groups.existingAccounts(dataSource.manager, [first, '00000000-0000-4000-8000-000000000000'])),
      ]).toEqual([first]);

      expect(await dataSource.transaction((manager) => groups.delete(manager, id))).toBe(true);
      expect(await dataSource.transaction((manager) => groups.delete(manager, id))).toBe(false);
      expect(await groups.findById(id)).toBeNull();
    });
  });

  describe('AnnotationRepository', () => {
    it('writes a thread, reads only what its reader may see, guards its version, carries visibility to replies and deletes the thread', async () => {
      const annotations = app.app.get(AnnotationRepository);
      const [author, replier, outsider] = (
        await Promise.all([createAccount('member'), createAccount('member'), createAccount('member')])
      ).map((account) => account.id);
      const readerOf = (id: string): AnnotationReader => ({ id, groups: [], readableStatuses: ['published'] });
      const facts = (await app.app.get(CaseRepository).findById(cited))!.facts;
      const draftFacts = (await app.app.get(CaseRepository).findById(draft))!.facts;
      const note: NewAnnotation = {
        caseId: cited,
        parentId: null,
        authorId: author,
        field: 'facts',
        anchor: anchorAt(facts, 0, 10),
        comment: 'Compare with the appeal',
        tags: ['recruitment'],
        motivation: 'commenting',
        visibility: 'private',
        groupId: null,
      };
      const write = <T>(work: (manager: typeof dataSource.manager) => Promise<T>) => dataSource.transaction(work);
      const root = await write((manager) => annotations.insert(manager, note));
      expect(await annotations.findVisible(readerOf(author), root)).toMatchObject({
        id: root,
        caseId: cited,
        parentId: null,
        field: 'facts',
        target: { exact: facts.slice(0, 10), start: 0, end: 10 },
        comment: 'Compare with the appeal',
        tags: ['recruitment'],
        visibility: 'private',
        author: { id: author, displayName: 'Test member' },
        version: 1,
      });
      // Private: no one else is told it exists.
      expect(await annotations.findVisible(readerOf(outsider), root)).toBeNull();

      const shared: AnnotationChanges = { ...note, visibility: 'readers' };
      expect(await write((manager) => annotations.update(manager, root, shared, 7))).toBe(false);
      expect(await annotations.versionOf(dataSource.manager, root)).toBe(1);
      expect(await write((manager) => annotations.update(manager, root, shared, 1))).toBe(true);
      const reply = await write((manager) =>
        annotations.insert(manager, {
          ...note,
          parentId: root,
          authorId: replier,
          anchor: null,
          comment: 'Agreed',
          visibility: 'readers',
        }),
      );
      expect(await annotations.countRepliesByOthers(root, author)).toBe(1);
      expect(await annotations.countRepliesByOthers(root, replier)).toBe(0);
      const list = (reader: string, filter: Record<string, unknown[]> = {}) =>
        annotations.findPage(readerOf(reader), {
          filter: { caseId: [cited], ...filter },
          sort: { field: 'createdAt', order: 'ASC' },
          offset: 0,
          limit: 10,
        });
      expect(await list(outsider)).toMatchObject({ rows: [{ id: root }, { id: reply, target: null }], total: 2 });
      expect((await list(replier, { mine: [true] })).rows.map((row) => row.id)).toEqual([reply]);
      expect(
        (await annotations.findForExport(readerOf(outsider), { caseId: cited })).map((row) => [
          row.id,
          row.caseReference,
        ]),
      ).toEqual([
        [root, 'KZ-2018-ALM-0007'],
        [reply, 'KZ-2018-ALM-0007'],
      ]);

      // Back to private: the reply follows its root.
      expect(await write((manager) => annotations.update(manager, root, note, 2))).toBe(true);
      expect(await annotations.findVisible(readerOf(outsider), reply)).toBeNull();
      expect(await list(outsider)).toEqual({ rows: [], total: 0 });
      expect(await annotations.findVisible(readerOf(replier), reply)).toMatchObject({ visibility: 'private' });

      // Shared on a draft: read only by those who read drafts.
      const onDraft = await write((manager) =>
        annotations.insert(manager, {
          ...note,
          caseId: draft,
          anchor: anchorAt(draftFacts, 0, 10),
          visibility: 'readers',
        }),
      );
      expect(await annotations.findVisible(readerOf(outsider), onDraft)).toBeNull();
      expect(
        await annotations.findVisible({ ...readerOf(outsider), readableStatuses: ['draft', 'published'] }, onDraft),
      ).toMatchObject({ id: onDraft });

      expect(
        await write(async (manager) => {
          await annotations.lock(manager, root);
          return annotations.delete(manager, root);
        }),
      ).toBe(true);
      expect(await annotations.versionOf(dataSource.manager, reply)).toBeNull();
      expect(await write((manager) => annotations.delete(manager, root))).toBe(false);
    });
  });

  describe('the annotation visibility rule in SQL (libs/access)', () => {
    it('selects what the permission table lets a reader read, shared ones only on a case they read', async () => {
      const [g1, g2] = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'];
      const [author, member, outsider] = [
        '00000000-0000-4000-8000-0000000000b1',
        '00000000-0000-4000-8000-0000000000b2',
        '00000000-0000-4000-8000-0000000000b3',
      ];
      const annotations = [
        { visibility: 'private', groupId: null },
        { visibility: 'group', groupId: g1 },
        { visibility: 'group', groupId: g2 },
        { visibility: 'readers', groupId: null },
      ] as const;
      const readers: AccessActor[] = [
        { id: author, role: 'member', groups: [] },
        { id: member, role: 'member', groups: [g1] },
        { id: outsider, role: 'member', groups: [] },
      ];
      const where = annotationVisibilitySql(
        { author: 'a.author_id', visibility: 'a.visibility', group: 'a.group_id', caseStatus: 'c.status' },
        { reader: '$1', groups: '$2', readableStatuses: '$3' },
      );
      for (const status of ['published', 'draft']) {
        for (const reader of readers) {
          for (const annotation of annotations) {
            const selected = await withTestDatabase(
              async (client) =>
                (
                  await client.query(
                    `SELECT 1 FROM (VALUES ($4::uuid, $5::text, $6::uuid)) AS a(author_id, visibility, group_id)
                     CROSS JOIN (VALUES ($7::text)) AS c(status) WHERE ${where}`,
                    [
                      reader.id,
                      reader.groups,
                      ['published'],
                      author,
                      annotation.visibility,
                      annotation.groupId,
                      status,
                    ],
                  )
                ).rowCount,
            );
            // A member reads published cases only; an author keeps their own whatever the case.
            const expected =
              reader.id === author ||
              (status === 'published' &&
                can(reader, 'annotations.read', {
                  ownerId: author,
                  visibility: annotation.visibility,
                  groupId: annotation.groupId,
                }));
            expect({ status, reader: reader.id, annotation, selected: selected === 1 }).toEqual({
              status,
              reader: reader.id,
              annotation,
              selected: expected,
            });
          }
        }
      }
    });
  });

  describe('SharedPeopleRepository', () => {
    it('reads one row per defendant and per victim group of the published cases only, with no reference back', async () => {
      const rows = await new SharedPeopleRepository(dataSource).findPeopleOfPublishedCases();
      // The published case left (the brief case: one defendant, one victim group); the draft is not shared.
      expect(rows).toHaveLength(2);
      expect(rows.find((row) => row.kind === 'defendant')).toEqual({
        kind: 'defendant',
        jurisdiction: 'KZ',
        year: 2019,
        sex: 'female',
        ageBand: '35-44',
        nationality: 'KZ',
        role: 'recruiter',
        verdict: 'convicted',
        custodialMonths: 96,
        victims: null,
        minors: null,
        services: null,
      });
      expect(rows.find((row) => row.kind === 'victims')).toMatchObject({
        sex: 'female',
        ageBand: '18-24',
        victims: 4,
        minors: 0,
        services: expect.arrayContaining(['shelter', 'psychological_support', 'legal_aid']),
      });
      expect(JSON.stringify(rows)).not.toMatch(/KZ-20\d\d-ALM/);
    });
  });
});
