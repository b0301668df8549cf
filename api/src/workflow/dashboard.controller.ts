import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EditorDashboard, SessionUser } from '@auskunft/contracts';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { DashboardService } from './dashboard.service';

@ApiTags('workflow')
@Controller({ path: 'editor', version: '1' })
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('dashboard')
  @RequirePermission('leistung:edit')
  get(@CurrentUser() user: SessionUser): Promise<EditorDashboard> {
    return this.dashboard.forUser(user);
  }
}
