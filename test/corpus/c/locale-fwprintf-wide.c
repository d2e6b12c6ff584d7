/* Write and read wide-character streams with fwprintf/fgetws and print with
 * wprintf, letting stdio convert to UTF-8, as wide-char programs do. */
#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <wchar.h>

struct city {
  const wchar_t *name;
  int pop;
};

int main(void) {
  if (!setlocale(LC_ALL, "C.UTF-8")) {
    fputs("no C.UTF-8\n", stderr);
    return 1;
  }
  const struct city cities[] = {
      {L"M\u00fcnchen", 1488}, {L"Z\u00fcrich", 421}, {L"\u6771\u4eac", 13960}};

  FILE *fp = tmpfile();
  if (!fp) {
    perror("tmpfile");
    return 1;
  }
  for (int i = 0; i < 3; i++)
    fwprintf(fp, L"%ls;%d\n", cities[i].name, cities[i].pop);
  int orient = fwide(fp, 0);
  long bytes = ftell(fp);
  rewind(fp);

  wchar_t line[64];
  int lines = 0, total = 0;
  fwide(stdout, 1); /* stdout is used only for wide output below */
  while (fgetws(line, 64, fp)) {
    wchar_t *semi = wcschr(line, L';');
    if (!semi)
      continue;
    *semi = L'\0';
    total += (int)wcstol(semi + 1, NULL, 10);
    wprintf(L"%-10ls len=%zu\n", line, wcslen(line));
    lines++;
  }
  fclose(fp);
  wprintf(L"%d lines, %ld bytes on disk, wide orientation=%d, total=%d\n",
          lines, bytes, orient > 0, total);
  return (lines == 3 && orient > 0 && bytes == 39 && total == 15869) ? 0 : 1;
}
