/* Run a shell pipeline with system() and read what it left in a file, as
 * build helpers and test fixtures do: the shell, sort and head all run under
 * the program's filter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

int main(void) {
  int status = system("printf 'pear\\napple\\nfig\\n' | sort | head -n 1 "
                      "> first.txt");
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "system failed: %d\n", status);
    return 1;
  }
  FILE *f = fopen("first.txt", "r");
  char line[32] = "";
  if (!f || !fgets(line, sizeof line, f))
    return 1;
  fclose(f);
  remove("first.txt");
  printf("first: %s", line);
  return strcmp(line, "apple\n") != 0;
}
