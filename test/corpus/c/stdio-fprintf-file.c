/* Write a formatted report to a file with fprintf, then read it back with
 * fscanf, as report/log writers do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct item {
  const char *name;
  int qty;
  double price;
};

static const struct item inventory[] = {
    {"widget", 4, 2.50},
    {"gadget", 10, 0.99},
    {"doohickey", 1, 12.75},
};

static int write_report(const char *path) {
  FILE *fp = fopen(path, "w");
  if (!fp) {
    perror("fopen");
    return -1;
  }
  fprintf(fp, "# inventory report\n");
  for (size_t i = 0; i < sizeof inventory / sizeof inventory[0]; i++)
    fprintf(fp, "%-12s %4d %8.2f\n", inventory[i].name, inventory[i].qty,
            inventory[i].price);
  if (fclose(fp) != 0) {
    perror("fclose");
    return -1;
  }
  return 0;
}

static double read_total(const char *path) {
  FILE *fp = fopen(path, "r");
  if (!fp) {
    perror("fopen");
    return -1;
  }
  char line[128], name[32];
  int qty;
  double price, total = 0;
  while (fgets(line, sizeof line, fp)) {
    if (line[0] == '#')
      continue;
    if (sscanf(line, "%31s %d %lf", name, &qty, &price) == 3)
      total += qty * price;
  }
  fclose(fp);
  return total;
}

int main(void) {
  char dir[] = "/tmp/fprintf.XXXXXX";
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    return 1;
  }
  char path[64];
  snprintf(path, sizeof path, "%s/report.txt", dir);
  int rc = 1;
  if (write_report(path) == 0) {
    double total = read_total(path);
    printf("total value: %.2f\n", total);
    rc = (total > 32.64 && total < 32.66) ? 0 : 1;
  }
  unlink(path);
  rmdir(dir);
  return rc;
}
