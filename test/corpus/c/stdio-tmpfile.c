/* Use tmpfile as an anonymous scratch area for spilling data that is later
 * re-read, as sort/merge tools do. */
#include <stdio.h>
#include <stdlib.h>

static int spill(FILE *scratch, const int *vals, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (fprintf(scratch, "%d\n", vals[i]) < 0)
      return -1;
  return 0;
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

int main(void) {
  FILE *scratch = tmpfile();
  if (scratch == NULL) {
    perror("tmpfile");
    return EXIT_FAILURE;
  }
  int chunk1[] = {42, 7, 19}, chunk2[] = {3, 88, 23, 1};
  if (spill(scratch, chunk1, 3) || spill(scratch, chunk2, 4)) {
    perror("fprintf");
    return EXIT_FAILURE;
  }
  if (fseek(scratch, 0, SEEK_SET) != 0) {
    perror("fseek");
    return EXIT_FAILURE;
  }

  int all[16], n = 0;
  while (n < 16 && fscanf(scratch, "%d", &all[n]) == 1)
    n++;
  fclose(scratch);
  qsort(all, (size_t)n, sizeof all[0], cmp_int);
  printf("merged %d values:", n);
  for (int i = 0; i < n; i++)
    printf(" %d", all[i]);
  putchar('\n');
  return (n == 7 && all[0] == 1 && all[6] == 88) ? EXIT_SUCCESS : EXIT_FAILURE;
}
