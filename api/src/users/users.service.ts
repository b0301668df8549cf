import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { SessionUser } from '@auskunft/contracts';
import {
  conflict,
  fieldError,
  notFound,
  sentFields,
} from '../common/api-errors';
import { Sachgebiet } from '../catalog/sachgebiet.entity';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import type { UserCreateDto, UserUpdateDto } from './dto/user-write.dto';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .find({ relations: { sachgebiete: true }, order: { username: 'ASC' } });
  }

  async create(
    dto: UserCreateDto,
    manager: EntityManager = this.dataSource.manager,
    actor: SessionUser | null = null,
  ): Promise<User> {
    const username = dto.username.toLowerCase();
    if (await manager.findOne(User, { where: { username } })) {
      throw conflict(`Der Benutzername "${username}" ist bereits vergeben.`);
    }
    const user = manager.create(User, {
      id: randomUUID(),
      username,
      displayName: dto.displayName,
      passwordHash: await hashPassword(dto.password),
      role: dto.role,
      active: true,
      sachgebiete: await this.resolveSachgebiete(
        manager,
        dto.sachgebiete ?? [],
      ),
    });
    const saved = await manager.save(user);
    await this.audit.record(manager, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: saved.id,
      entityLabel: username,
      fields: Object.keys(sentFields(dto)).map((field) =>
        field === 'password' ? 'password (geändert)' : field,
      ),
    });
    return saved;
  }

  async update(
    id: string,
    dto: UserUpdateDto,
    actor: SessionUser,
  ): Promise<User> {
    const users = this.dataSource.getRepository(User);
    const user = await users.findOne({
      where: { id },
      relations: { sachgebiete: true },
    });
    if (!user) {
      throw notFound('User', id);
    }
    if (dto.displayName !== undefined) {
      user.displayName = dto.displayName;
    }
    if (dto.role !== undefined) {
      user.role = dto.role;
    }
    if (dto.active !== undefined) {
      user.active = dto.active;
    }
    if (dto.sachgebiete !== undefined) {
      user.sachgebiete = await this.resolveSachgebiete(
        this.dataSource.manager,
        dto.sachgebiete,
      );
    }
    if (dto.password !== undefined) {
      user.passwordHash = await hashPassword(dto.password);
    }
    const saved = await users.save(user);
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      entityLabel: user.username,
      fields: Object.keys(sentFields(dto)).map((field) =>
        field === 'password' ? 'password (geändert)' : field,
      ),
    });
    if (
      dto.active === false ||
      dto.password !== undefined ||
      dto.role !== undefined
    ) {
      await this.auth.endSessionsOf(user.id);
    }
    return saved;
  }

  private async resolveSachgebiete(
    manager: EntityManager,
    codes: string[],
  ): Promise<Sachgebiet[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) {
      return [];
    }
    const found = await manager.find(Sachgebiet, {
      where: { code: In(unique) },
    });
    const missing = unique.filter(
      (code) => !found.some((sachgebiet) => sachgebiet.code === code),
    );
    if (missing.length > 0) {
      throw fieldError(
        'sachgebiete',
        `unknown Sachgebiet code(s): ${missing.join(', ')}`,
      );
    }
    return found;
  }
}
