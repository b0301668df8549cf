import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionUser } from '@auskunft/contracts';
import { AuthService } from '../app/core/auth/auth.service';

/** Signs `user` in through the real AuthService, answering its login request. */
export function signIn(user: SessionUser): void {
  TestBed.inject(AuthService)
    .login({ username: user.username, password: 'geheim' })
    .subscribe();
  TestBed.inject(HttpTestingController)
    .expectOne('/api/v1/auth/login')
    .flush(user);
}
