import { describe, expect, it } from 'vitest';
import { loadFields, loadStandards, loadVolumeModel, VN_FIELDS } from '@canbang/data-vn';

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
