/* Feed data through an external filter: fork, wire a pipe to the child's
 * standard input, execvp("sort") found on PATH, and wait for it. */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
  int in[2];
  if (pipe(in) != 0) {
    perror("pipe");
    return 1;
  }
  pid_t child = fork();
  if (child < 0) {
    perror("fork");
    return 1;
  }
  if (child == 0) {
    dup2(in[0], STDIN_FILENO);
    close(in[0]);
    close(in[1]);
    char *argv[] = {"sort", "-n", NULL};
    execvp("sort", argv);
    perror("execvp");
    _exit(127);
  }
  close(in[0]);
  const char *numbers = "10\n9\n100\n";
  if (write(in[1], numbers, strlen(numbers)) < 0)
    perror("write");
  close(in[1]);
  int status;
  if (waitpid(child, &status, 0) != child)
    return 1;
  return !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}
