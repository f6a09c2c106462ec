import type { DepartmentType, OrgLevel, Role } from '@kesu/domain';
import { DEPARTMENT_TYPE_LABELS } from '@kesu/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Department } from '../org/department.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { hashPassword } from '../identity/password.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { User } from '../identity/user.entity.js';

export const DEMO_GROUP_CODE = 'HY';
/** Every demo account but `admin` signs in with this password (README "Demo data"). */
export const DEMO_PASSWORD = 'kesu-demo';

interface UnitSpec {
  code: string;
  name: string;
  level: OrgLevel;
  departments?: DepartmentType[];
  children?: UnitSpec[];
}

const REGION_DEPARTMENTS: DepartmentType[] = ['CUSTOMER_RELATIONS', 'ENGINEERING', 'DESIGN', 'MARKETING', 'PROPERTY', 'LEGAL', 'MEDIA', 'PERFORMANCE', 'DEVELOPMENT'];
const PROJECT_DEPARTMENTS: DepartmentType[] = ['CUSTOMER_RELATIONS', 'ENGINEERING', 'MARKETING', 'PROPERTY'];

const project = (code: string, name: string): UnitSpec => ({
  code,
  name,
  level: 'PROJECT',
  departments: PROJECT_DEPARTMENTS,
  children: [{ code: `${code}-SC`, name: `${name.split('·')[1] ?? name}物业服务中心`, level: 'SERVICE_CENTER' }],
});

/** A believable group: developer side (regions → city / area → projects) and property side. */
export const DEMO_ORG: UnitSpec = {
  code: DEMO_GROUP_CODE,
  name: '鸿远地产集团',
  level: 'GROUP',
  departments: ['CUSTOMER_RELATIONS', 'LEGAL', 'MEDIA', 'PERFORMANCE', 'ENGINEERING', 'DESIGN', 'MARKETING', 'DEVELOPMENT'],
  children: [
    {
      code: 'HY-SC',
      name: '华南区域',
      level: 'REGION',
      departments: REGION_DEPARTMENTS,
      children: [
        { code: 'HY-SC-GZ', name: '广州城市公司', level: 'CITY', departments: ['CUSTOMER_RELATIONS', 'ENGINEERING', 'MARKETING'],
          children: [project('HY-GZ-YSF', '广州·云山府'), project('HY-GZ-ZJW', '广州·珠江湾')] },
        { code: 'HY-SC-FS', name: '佛山片区', level: 'AREA', departments: ['CUSTOMER_RELATIONS'],
          children: [project('HY-FS-CY', '佛山·禅意花园')] },
      ],
    },
    {
      code: 'HY-EC',
      name: '华东区域',
      level: 'REGION',
      departments: REGION_DEPARTMENTS,
      children: [
        { code: 'HY-EC-HZ', name: '杭州城市公司', level: 'CITY', departments: ['CUSTOMER_RELATIONS', 'ENGINEERING'],
          children: [project('HY-HZ-XXL', '杭州·西溪里')] },
        { code: 'HY-EC-SZ', name: '苏州城市公司', level: 'CITY', departments: ['CUSTOMER_RELATIONS'],
          children: [project('HY-SZ-JJH', '苏州·金鸡湖壹号'), project('HY-SZ-TPH', '苏州·太湖半岛')] },
      ],
    },
    {
      code: 'HY-PM',
      name: '鸿远物业',
      level: 'PROPERTY_COMPANY',
      departments: ['CUSTOMER_RELATIONS', 'PROPERTY', 'PERFORMANCE'],
      children: [
        { code: 'HY-PM-SC', name: '华南项目管理中心', level: 'PROJECT_MGMT_CENTER' },
        { code: 'HY-PM-EC', name: '华东项目管理中心', level: 'PROJECT_MGMT_CENTER' },
      ],
    },
  ],
};

interface UserSpec {
  login: string;
  name: string;
  phone: string;
  home: string;
  roles: [Role, string][];
}

/** One account for every role (and a few more so scoping has something to show). */
export const DEMO_USERS: UserSpec[] = [
  { login: 'group.cr', name: '林若溪', phone: '13800000001', home: 'HY', roles: [['GROUP_CR', 'HY']] },
  { login: 'quality', name: '周品和', phone: '13800000002', home: 'HY-PM', roles: [['QUALITY_CENTER', 'HY-PM']] },
  { login: 'reader', name: '许知行', phone: '13800000003', home: 'HY', roles: [['CASE_READER', 'HY']] },
  { login: 'south.admin', name: '陈启明', phone: '13800000010', home: 'HY-SC', roles: [['ADMIN', 'HY-SC']] },
  { login: 'south.president', name: '黄振华', phone: '13800000011', home: 'HY-SC', roles: [['REGION_PRESIDENT', 'HY-SC']] },
  { login: 'south.cr.exec', name: '梁思敏', phone: '13800000012', home: 'HY-SC', roles: [['REGION_CR_EXECUTIVE', 'HY-SC']] },
  { login: 'south.cr.lead', name: '何嘉欣', phone: '13800000013', home: 'HY-SC', roles: [['REGION_CR_LEAD', 'HY-SC']] },
  { login: 'south.perf', name: '冯立诚', phone: '13800000014', home: 'HY-SC', roles: [['PERFORMANCE', 'HY-SC']] },
  { login: 'south.eng', name: '罗建国', phone: '13800000015', home: 'HY-SC', roles: [['DEPARTMENT_STAFF', 'HY-SC']] },
  { login: 'gz.head', name: '郑广源', phone: '13800000020', home: 'HY-SC-GZ', roles: [['CITY_HEAD', 'HY-SC-GZ']] },
  { login: 'fs.head', name: '邓佛安', phone: '13800000021', home: 'HY-SC-FS', roles: [['AREA_HEAD', 'HY-SC-FS']] },
  { login: 'ysf.head', name: '吴云山', phone: '13800000030', home: 'HY-GZ-YSF', roles: [['PROJECT_HEAD', 'HY-GZ-YSF']] },
  { login: 'ysf.agent', name: '张晓雯', phone: '13800000031', home: 'HY-GZ-YSF', roles: [['CS_AGENT', 'HY-GZ-YSF']] },
  { login: 'ysf.sc', name: '李物安', phone: '13800000032', home: 'HY-GZ-YSF-SC', roles: [['SERVICE_CENTER_STAFF', 'HY-GZ-YSF-SC']] },
  { login: 'east.cr.exec', name: '沈江南', phone: '13800000040', home: 'HY-EC', roles: [['REGION_CR_EXECUTIVE', 'HY-EC']] },
  { login: 'xxl.head', name: '钱西溪', phone: '13800000041', home: 'HY-HZ-XXL', roles: [['PROJECT_HEAD', 'HY-HZ-XXL']] },
];

/**
 * Seeds the demo group once. Returns false when it is already there, so restarts never duplicate it; the
 * advisory lock keeps two instances starting together from both seeding.
 */
export async function seedDemoData(em: EntityManager, options: { adminPassword: string }): Promise<boolean> {
  const [adminHash, demoHash] = await Promise.all([hashPassword(options.adminPassword), hashPassword(DEMO_PASSWORD)]);
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', ['kesu:demo-seed']);
    if (await tx.findOne(OrgUnit, { code: DEMO_GROUP_CODE, level: 'GROUP' })) return false;

    const units = new Map<string, OrgUnit>();
    const create = (spec: UnitSpec, parent: OrgUnit | null) => {
      const unit = tx.create(OrgUnit, { name: spec.name, code: spec.code, level: spec.level, parent, groupId: '', path: '', depth: 0 });
      unit.groupId = parent?.groupId ?? unit.id;
      unit.path = `${parent?.path ?? '/'}${unit.id}/`;
      unit.depth = parent ? parent.depth + 1 : 0;
      units.set(spec.code, unit);
      for (const type of spec.departments ?? []) tx.create(Department, { orgUnit: unit, type, name: DEPARTMENT_TYPE_LABELS[type] });
      for (const child of spec.children ?? []) create(child, unit);
    };
    create(DEMO_ORG, null);

    const unit = (code: string) => units.get(code) ?? (() => { throw new Error(`demo seed: no unit ${code}`); })();
    const admin = tx.create(User, { name: '系统管理员', login: 'admin', passwordHash: adminHash, orgUnit: unit(DEMO_GROUP_CODE) });
    tx.create(RoleAssignment, { user: admin, role: 'ADMIN', orgUnit: unit(DEMO_GROUP_CODE) });
    for (const spec of DEMO_USERS) {
      const user = tx.create(User, { name: spec.name, login: spec.login, phone: spec.phone, passwordHash: demoHash, orgUnit: unit(spec.home) });
      for (const [role, code] of spec.roles) tx.create(RoleAssignment, { user, role, orgUnit: unit(code) });
    }
    return true;
  });
}
