/* Produce reproducible pseudo-random streams for simulations with
 * srandom/random, initstate/setstate and the drand48 family (srand48, drand48,
 * lrand48, erand48 with private state). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double monte_carlo_pi(unsigned short state[3], int samples) {
  int inside = 0;
  for (int i = 0; i < samples; i++) {
    double x = erand48(state),
           y = erand48(state); /* private state: no global interference */
    if (x * x + y * y <= 1.0)
      inside++;
  }
  return 4.0 * inside / samples;
}

int main(void) {
  srandom(12345);
  long first[5], again[5];
  for (int i = 0; i < 5; i++)
    first[i] = random();
  srandom(12345);
  for (int i = 0; i < 5; i++)
    again[i] = random();
  int reproducible = memcmp(first, again, sizeof first) == 0;

  static char big_state[256];
  char *prev = initstate(42, big_state,
                         sizeof big_state); /* larger state: better quality */
  long a = random();
  setstate(prev); /* switch back to the old generator */

  srand48(2024);
  double d = drand48();
  long l = lrand48();
  long m = mrand48();
  int in_range = d >= 0.0 && d < 1.0 && l >= 0 && l < (1L << 31) &&
                 m >= -(1L << 31) && m < (1L << 31);

  unsigned short s1[3] = {1, 2, 3}, s2[3] = {1, 2, 3};
  double pi1 = monte_carlo_pi(s1, 100000), pi2 = monte_carlo_pi(s2, 100000);
  printf("random() reproducible=%d, alt-state value %ld, drand48 %.6f, lrand48 "
         "%ld, pi estimates %.4f/%.4f\n",
         reproducible, a, d, l, pi1, pi2);
  return (reproducible && in_range && pi1 == pi2 && pi1 > 3.1 && pi1 < 3.2) ? 0
                                                                            : 1;
}
