import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataFilePath, generateVietNam, loadFields, loadStandards, loadVietNam, loadVolumeModel, VN_FIELDS } from '@canbang/data-vn';

describe('fields.csv (Decree 150/2025 departments)', () => {
  const fields = loadFields();

  it('lists the nine field ids once each, with English and NFC Vietnamese names', () => {
    expect(fields.map((f) => f.field)).toEqual([...VN_FIELDS]);
    for (const f of fields) {
      expect(f.name_en.length, f.field).toBeGreaterThan(0);
      expect(f.name_vi, f.field).toBe(f.name_vi.normalize('NFC'));
    }
    expect(fields.find((f) => f.field === 'civil_status')?.name_vi).toBe('Tư pháp - hộ tịch');
  });

  it('maps every field to one of the four Decree 150 bodies', () => {
    const bodies = ["Office of the People's Council and People's Committee", 'Economic Department', 'Culture-Social Department', 'Public Administration Service Centre'];
    for (const f of fields) expect(bodies.some((b) => f.department.startsWith(b)), f.field).toBe(true);
    // Decree 150/2025: wards and special zones have an Economic, Infrastructure and Urban Department instead.
    expect(fields.find((f) => f.field === 'land')?.department).toMatch(/wards, special zones: Economic, Infrastructure and Urban Department/);
    expect(fields.find((f) => f.field === 'one_stop')?.department).toBe('Public Administration Service Centre');
  });
});

describe('standards.csv', () => {
  const standards = loadStandards();

  it('gives every field service activities, support shares of 10-20% for meetings and reporting, and additional hours', () => {
    for (const field of VN_FIELDS) {
      const rows = standards.filter((s) => s.field === field);
      expect(rows.filter((s) => s.kind === 'service').length, field).toBeGreaterThanOrEqual(1);
      // Brief: meetings and reporting take 10-20% of working time (a WISN support activity).
      const meetings = rows.find((s) => s.activity === 'meetings_reporting');
      expect(meetings?.share, field).toBeGreaterThanOrEqual(10);
      expect(meetings?.share, field).toBeLessThanOrEqual(20);
      expect(rows.filter((s) => s.kind === 'additional').every((s) => (s.hours ?? 0) > 0), field).toBe(true);
      expect(rows.some((s) => s.kind === 'additional'), field).toBe(true);
    }
  });

  it('has the activities the reports name, with NFC Vietnamese names and only the value its kind needs', () => {
    const has = (field: string, activity: string) => standards.some((s) => s.field === field && s.activity === activity && s.kind === 'service');
    for (const [field, activity] of [
      ['civil_status', 'certification'], ['civil_status', 'birth_registration'], ['civil_status', 'marriage_registration'], ['civil_status', 'death_registration'],
      ['land', 'land_registration'], ['land', 'land_use_certificate'], ['land', 'land_dispute'], ['construction', 'construction_permit'],
      ['construction', 'urban_transport_order'], ['economy', 'household_business_registration'], ['culture_social', 'social_protection'],
      ['culture_social', 'health_insurance'], ['culture_social', 'education_management'], ['finance', 'accounting_vouchers'],
      ['office', 'documents'], ['office', 'meetings'], ['it_digital', 'support_tickets'], ['one_stop', 'dossier_reception_return'],
    ] as const) expect(has(field, activity), `${field}/${activity}`).toBe(true);
    for (const s of standards) {
      expect(s.name_vi).toBe(s.name_vi.normalize('NFC'));
      expect([s.minutes_per_case, s.share, s.hours].filter((v) => v !== null).length, s.activity).toBe(1);
    }
    expect(standards.find((s) => s.activity === 'birth_registration')?.name_vi).toBe('Đăng ký khai sinh');
  });
});

describe('volume-model.csv (synthetic generator parameters)', () => {
  const standards = loadStandards();
  const model = loadVolumeModel();

  it('models only service activities that have a time standard, each once', () => {
    const services = new Set(standards.filter((s) => s.kind === 'service').map((s) => `${s.field}/${s.activity}`));
    const keys = model.map((m) => `${m.field}/${m.activity}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(services.has(key), key).toBe(true);
  });

  it('routes every dossier through one-stop reception exactly once', () => {
    const perDossier = model.filter((m) => m.of_dossiers !== null);
    expect(perDossier.map((m) => `${m.field}/${m.activity}/${m.of_dossiers}`)).toEqual(['one_stop/dossier_reception_return/1']);
    // Reception is derived from the dossiers, so it must not count as a dossier itself (no double counting).
    expect(perDossier[0]!.dossier).toBe(false);
    expect(model.filter((m) => m.dossier).every((m) => m.field !== 'one_stop')).toBe(true);
  });
});

describe('dataDir: your own copies of the data files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'canbang-data-vn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const original = readFileSync(dataFilePath('standards.csv'), 'utf8');

  it('reads an edited standards.csv from dataDir and the other files from the package', () => {
    writeFileSync(join(dir, 'standards.csv'), original.replace('civil_status,certification,service,10,', 'civil_status,certification,service,20,'));
    expect(loadStandards({ dataDir: dir }).find((s) => s.activity === 'certification')?.minutes_per_case).toBe(20);
    expect(loadFields({ dataDir: dir }).length).toBe(9); // fields.csv is not in dir: the package's copy
    const ds = loadVietNam({ dataDir: dir });
    expect(ds.meta.source).toContain(dir);
    // A standard shapes the requirement, never the synthetic volumes: they are identical to the default's.
    expect(ds.volumes.objects()).toEqual(loadVietNam().volumes.objects());
  });

  it('names the file, row, column and value of a bad cell', () => {
    writeFileSync(join(dir, 'standards.csv'), original.replace('land,land_registration,service,150,', 'land,land_registration,service,abc,'));
    // land_registration is on line 10 of standards.csv: row 10 as a spreadsheet shows it (header = row 1).
    expect(() => loadStandards({ dataDir: dir })).toThrow(`${join(dir, 'standards.csv')}, row 10, column "minutes_per_case": got "abc"; expected a finite number`);
    writeFileSync(join(dir, 'standards.csv'), original.replace('office,documents,service', 'offices,documents,service'));
    expect(() => loadStandards({ dataDir: dir })).toThrow(/row 2, column "field": got "offices"; expected one of office, land/);
    writeFileSync(join(dir, 'standards.csv'), original.replace('office,training,support,,3,', 'office,training,support,,90,'));
    // 15% meetings + 90% training leave no time for services: createDataset refuses, naming the file and the
    // item of the standards rows it was given (the 6th).
    expect(() => loadVietNam({ dataDir: dir })).toThrow(/standards\.csv, item 6, column "share": got 90; expected support shares of field "office" to add up to less than 100 \(now 105\)/);
  });
});

describe('generateVietNam with incomplete profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'canbang-data-vn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the profile file and the missing province, or the geography file and the missing unit', () => {
    const profiles = readFileSync(dataFilePath('province-profiles.csv'), 'utf8');
    writeFileSync(join(dir, 'province-profiles.csv'), profiles.split('\n').filter((line) => !line.startsWith('11,')).join('\n'));
    expect(() => generateVietNam({ dataDir: dir })).toThrow(/province-profiles\.csv, column "province_code": got "11"; expected a row for every province of provinces-2025\.csv \(Điện Biên is missing\)/);
    rmSync(join(dir, 'province-profiles.csv'));
    const geo = readFileSync(dataFilePath('units-2025-geo.csv'), 'utf8');
    writeFileSync(join(dir, 'units-2025-geo.csv'), geo.split('\n').filter((line) => !line.startsWith('26732,')).join('\n'));
    expect(() => generateVietNam({ dataDir: dir })).toThrow(/units-2025-geo\.csv, column "code": got "26732".*Đặc khu Côn Đảo is missing/);
  });
});
