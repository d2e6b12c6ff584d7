/* Store fixed-size binary records with fwrite and update one in place using
 * fseek/ftell/fread, like a tiny flat-file database. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct record {
  uint32_t id;
  char name[20];
  int32_t balance;
};

static int append_records(FILE *db, int n) {
  for (int i = 0; i < n; i++) {
    struct record r = {.id = (uint32_t)i + 100, .balance = i * 10};
    snprintf(r.name, sizeof r.name, "user%02d", i);
    if (fwrite(&r, sizeof r, 1, db) != 1) {
      perror("fwrite");
      return -1;
    }
  }
  return 0;
}

static int update_balance(FILE *db, int index, int32_t delta) {
  struct record r;
  if (fseek(db, (long)index * (long)sizeof r, SEEK_SET) != 0) {
    perror("fseek");
    return -1;
  }
  if (fread(&r, sizeof r, 1, db) != 1) {
    perror("fread");
    return -1;
  }
  r.balance += delta;
  if (fseek(db, -(long)sizeof r, SEEK_CUR) != 0) {
    perror("fseek back");
    return -1;
  }
  if (fwrite(&r, sizeof r, 1, db) != 1) {
    perror("fwrite");
    return -1;
  }
  return 0;
}

int main(void) {
  FILE *db = tmpfile();
  if (!db) {
    perror("tmpfile");
    return 1;
  }
  if (append_records(db, 8) != 0)
    return 1;
  long size = ftell(db);
  printf("database size: %ld bytes (%zu per record)\n", size,
         sizeof(struct record));
  if (update_balance(db, 5, 1000) != 0)
    return 1;

  rewind(db);
  struct record r;
  long sum = 0;
  int count = 0;
  while (fread(&r, sizeof r, 1, db) == 1) {
    sum += r.balance;
    count++;
  }
  if (!feof(db)) {
    perror("fread loop");
    return 1;
  }
  printf("%d records, balance sum %ld\n", count, sum);
  fclose(db);
  return (count == 8 && sum == 280 + 1000) ? 0 : 1;
}
