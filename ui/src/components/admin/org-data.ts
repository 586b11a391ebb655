// The departments and branches the people forms pick from: the server's, retired ones included and marked,
// read fresh (hiring and job changes are online-only anyway); the device's last copy when the server cannot
// be reached, so the names in a history still read.

import { commands } from "../../lib/bindings";
import type { BranchAttributes_Serialize, DepartmentAttributes_Serialize, WithId } from "../../lib/bindings";
import { call, type Result } from "../../lib/api";
import { compareNames } from "../../lib/collate";

export interface OrgUnits {
  departments: WithId<DepartmentAttributes_Serialize>[];
  branches: WithId<BranchAttributes_Serialize>[];
  /** Read from the server just now (false: this device's copy). */
  fresh: boolean;
}

const byName = <A extends { name: string }>(a: WithId<A>, b: WithId<A>) => compareNames(a.attributes.name, b.attributes.name);

export async function loadOrgUnits(): Promise<Result<OrgUnits>> {
  const [departments, branches] = await Promise.all([call(() => commands.manageDepartments()), call(() => commands.manageBranches())]);
  if (departments.status === "ok" && branches.status === "ok") {
    return {
      status: "ok",
      data: { departments: [...departments.data.items].sort(byName), branches: [...branches.data.items].sort(byName), fresh: true },
    };
  }
  const [cachedDepartments, cachedBranches] = await Promise.all([call(() => commands.departments()), call(() => commands.branches())]);
  if (cachedDepartments.status === "ok" && cachedBranches.status === "ok") {
    const strip = <A,>(r: { id: string; attributes: A }) => ({ id: r.id, attributes: r.attributes });
    return {
      status: "ok",
      data: {
        departments: cachedDepartments.data.items.map(strip).sort(byName),
        branches: cachedBranches.data.items.map(strip).sort(byName),
        fresh: false,
      },
    };
  }
  return departments.status === "error" ? departments : (branches as Result<never>);
}

/** id → name, for reading the ids a history line or a list holds. */
export function namesOf(units: readonly { id: string; attributes: { name: string } }[]): Map<string, string> {
  return new Map(units.map((u) => [u.id, u.attributes.name]));
}
