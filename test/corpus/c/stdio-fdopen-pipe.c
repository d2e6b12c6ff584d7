/* Wrap pipe file descriptors in FILE streams with fdopen and use fflush to push
 * data, as parent/child protocol code does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

static int child_main(FILE *in, FILE *out) {
  char line[128];
  int sum = 0;
  while (fgets(line, sizeof line, in)) {
    if (strncmp(line, "END", 3) == 0)
      break;
    sum += atoi(line);
  }
  fprintf(out, "SUM %d\n", sum);
  fflush(out);
  return 0;
}

int main(void) {
  int down[2], up[2];
  if (pipe(down) < 0 || pipe(up) < 0) {
    perror("pipe");
    return 1;
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    close(down[1]);
    close(up[0]);
    FILE *in = fdopen(down[0], "r"), *out = fdopen(up[1], "w");
    if (!in || !out) {
      perror("fdopen");
      _exit(1);
    }
    int rc = child_main(in, out);
    fclose(in);
    fclose(out);
    _exit(rc);
  }
  close(down[0]);
  close(up[1]);
  FILE *to = fdopen(down[1], "w");
  FILE *from = fdopen(up[0], "r");
  if (!to || !from) {
    perror("fdopen");
    return 1;
  }
  for (int i = 1; i <= 10; i++)
    fprintf(to, "%d\n", i);
  fputs("END\n", to);
  if (fflush(to) != 0) {
    perror("fflush");
    return 1;
  }

  char reply[64] = "";
  if (!fgets(reply, sizeof reply, from)) {
    perror("fgets");
    return 1;
  }
  fclose(to);
  fclose(from);
  int status;
  if (waitpid(pid, &status, 0) < 0) {
    perror("waitpid");
    return 1;
  }
  printf("child replied: %s", reply);
  return (strcmp(reply, "SUM 55\n") == 0 && WIFEXITED(status) &&
          WEXITSTATUS(status) == 0)
             ? 0
             : 1;
}
