import { type Observable, catchError, map, of, startWith } from 'rxjs';
import { type ApiProblem, toApiProblem } from './api-problem';

/** One request's lifecycle as a value, so templates can switch on it. */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'error'; problem: ApiProblem };

export function toLoadState<T>(
  request: Observable<T>,
): Observable<LoadState<T>> {
  return request.pipe(
    map((value): LoadState<T> => ({ status: 'loaded', value })),
    catchError((error: unknown) =>
      of<LoadState<T>>({ status: 'error', problem: toApiProblem(error) }),
    ),
    startWith<LoadState<T>>({ status: 'loading' }),
  );
}
