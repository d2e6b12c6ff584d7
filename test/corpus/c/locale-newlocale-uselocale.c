/* Use a private locale object from newlocale with uselocale in one thread and
 * the *_l functions elsewhere, so library code does not touch the global
 * locale. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <locale.h>
#include <ctype.h>
#include <wctype.h>
#include <pthread.h>

static locale_t utf8;

static void *worker(void *arg) {
  int *result = arg;
  locale_t old = uselocale(utf8); /* thread-local switch */
  *result = (int)mbstowcs(NULL, "\xce\xb1\xce\xb2\xce\xb3",
                          0); /* three Greek letters */
  uselocale(old);
  return NULL;
}

int main(void) {
  utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
  if (utf8 == (locale_t)0) {
    perror("newlocale C.UTF-8");
    return 1;
  }
  locale_t cnum = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
  if (cnum == (locale_t)0) {
    perror("newlocale C");
    return 1;
  }

  int in_thread = -1;
  pthread_t t;
  if (pthread_create(&t, NULL, worker, &in_thread) != 0) {
    perror("pthread_create");
    return 1;
  }
  pthread_join(t, NULL);

  size_t in_main = mbstowcs(NULL, "\xce\xb1\xce\xb2\xce\xb3",
                            0); /* global locale is still "C" */
  double d = strtod_l("2.5e3", NULL, cnum);
  int up = toupper_l('q', cnum);
  int alpha = iswalpha_l(0x3b1, utf8) != 0;
  printf("thread count=%d main count=%ld strtod_l=%.0f toupper_l=%c "
         "iswalpha_l(alpha)=%d\n",
         in_thread, (long)(in_main == (size_t)-1 ? -1 : (long)in_main), d, up,
         alpha);

  locale_t dup = duplocale(utf8);
  freelocale(dup);
  freelocale(cnum);
  freelocale(utf8);
  return (in_thread == 3 && in_main == (size_t)-1 && d == 2500 && up == 'Q' &&
          alpha)
             ? 0
             : 1;
}
