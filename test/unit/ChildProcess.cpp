#include "ChildProcess.h"

#include <sys/wait.h>
#include <unistd.h>

namespace sysprune::testing {

ChildOutcome runInChild(const std::function<int()> &Body) {
  ChildOutcome Outcome;
  int Pipe[2];
  if (pipe(Pipe) != 0)
    return Outcome;
  pid_t Pid = fork();
  if (Pid == 0) {
    close(Pipe[0]);
    dup2(Pipe[1], STDERR_FILENO);
    close(Pipe[1]);
    _exit(Body());
  }
  close(Pipe[1]);
  char Buffer[4096];
  ssize_t N;
  while ((N = read(Pipe[0], Buffer, sizeof(Buffer))) > 0)
    Outcome.Stderr.append(Buffer, static_cast<size_t>(N));
  close(Pipe[0]);
  int Status = 0;
  if (waitpid(Pid, &Status, 0) != Pid)
    return Outcome;
  Outcome.Exited = WIFEXITED(Status);
  Outcome.ExitCode = Outcome.Exited ? WEXITSTATUS(Status) : -1;
  Outcome.Signaled = WIFSIGNALED(Status);
  Outcome.Signal = Outcome.Signaled ? WTERMSIG(Status) : 0;
  return Outcome;
}

} // namespace sysprune::testing
