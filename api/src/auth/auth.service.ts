import {
  HttpException,
  HttpStatus,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, LessThan } from 'typeorm';
import type { SessionUser } from '@auskunft/contracts';
import { User } from '../users/user.entity';
import { toSessionUser } from '../users/user.mapper';
import { hashPassword, verifyPassword } from './password';
import { LoginThrottle } from './login-throttle';
import { Session } from './session.entity';

/** A working day plus some: agents stay signed in through their shift, not longer. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** Refresh lastSeenAt at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60 * 1000;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class LockedOutException extends HttpException {
  constructor(retryAfterSeconds: number) {
    super(
      {
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'Zu viele Fehlversuche. Bitte später erneut versuchen.',
        retryAfterSeconds,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

@Injectable()
export class AuthService {
  /** Verified for unknown usernames, so they take as long as wrong passwords. */
  private readonly dummyHash = hashPassword(randomBytes(16).toString('hex'));
  private readonly throttle = new LoginThrottle();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async login(
    username: string,
    password: string,
    client: string,
  ): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
    const name = username.trim().toLowerCase();
    const wait = this.throttle.retryAfter(name, client);
    if (wait > 0) {
      throw new LockedOutException(wait);
    }
    const user = await this.dataSource
      .getRepository(User)
      .findOne({ where: { username: name }, relations: { sachgebiete: true } });
    // Unknown names cost a hash check too, so timing does not tell which names exist.
    const valid = user
      ? await verifyPassword(user.passwordHash, password)
      : await verifyPassword(await this.dummyHash, password);
    if (!user || !valid || !user.active) {
      const locked = this.throttle.fail(name, client);
      if (locked > 0) {
        throw new LockedOutException(locked);
      }
      throw new UnauthorizedException('Benutzername oder Passwort ist falsch.');
    }
    this.throttle.succeed(name, client);
    const now = Date.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now + SESSION_MAX_MS);
    const sessions = this.dataSource.getRepository(Session);
    await sessions.delete({ expiresAt: LessThan(new Date(now)) });
    await sessions.insert({
      tokenHash: tokenHash(token),
      userId: user.id,
      expiresAt,
      lastSeenAt: new Date(now),
    });
    return { token, user: toSessionUser(user), expiresAt };
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) {
      await this.dataSource
        .getRepository(Session)
        .delete({ tokenHash: tokenHash(token) });
    }
  }

  /** The user behind a session token, or null when the token is unknown, expired, idle too long or the user inactive. */
  async resolve(token: string | undefined): Promise<SessionUser | null> {
    if (!token || token.length > 200) {
      return null;
    }
    const sessions = this.dataSource.getRepository(Session);
    const session = await sessions.findOne({
      where: { tokenHash: tokenHash(token) },
    });
    const now = Date.now();
    if (
      !session ||
      session.expiresAt.getTime() <= now ||
      session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now
    ) {
      return null;
    }
    const user = await this.dataSource.getRepository(User).findOne({
      where: { id: session.userId },
      relations: { sachgebiete: true },
    });
    if (!user || !user.active) {
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await sessions.update(session.tokenHash, { lastSeenAt: new Date(now) });
    }
    return toSessionUser(user);
  }

  /** Signs a user out everywhere (deactivation, password change). */
  async endSessionsOf(userId: string): Promise<void> {
    await this.dataSource.getRepository(Session).delete({ userId });
  }
}
