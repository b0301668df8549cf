import type { SessionUser, UserSummary } from '@auskunft/contracts';
import { User } from './user.entity';

export function toSessionUser(user: User): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    sachgebiete: (user.sachgebiete ?? [])
      .map((sachgebiet) => sachgebiet.code)
      .sort(),
  };
}

/** Never includes the password hash or lockout state. */
export function toUserSummary(user: User): UserSummary {
  return {
    ...toSessionUser(user),
    active: user.active,
    createdAt: user.createdAt.toISOString(),
  };
}
