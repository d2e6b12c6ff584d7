// Validates the C library model against the running system: each case of
// test/harness/ModelHarness.cpp runs in a fresh process under a filter
// built only from the models of the functions it calls (plus the runtime
// baseline), with the trap action; a syscall the model forgot kills it.

#include "policy/BpfCompiler.h"
#include "policy/LibraryModel.h"
#include "policy/SyscallTable.h"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace sysprune::policy {
namespace {

struct HarnessCase {
  std::string Name;
  std::vector<std::string> Functions; // libc functions the case calls
};

void PrintTo(const HarnessCase &C, std::ostream *OS) { *OS << C.Name; }

const std::vector<HarnessCase> &cases() {
  static const std::vector<HarnessCase> Cases = {
      {"getpid", {"getpid"}},
      {"printf", {"printf", "fflush"}},
      {"puts", {"puts"}},
      {"fprintf", {"fprintf"}},
      {"snprintf", {"snprintf"}},
      {"malloc", {"malloc", "free"}},
      {"calloc", {"calloc", "free"}},
      {"realloc", {"realloc", "malloc", "free"}},
      {"fopen", {"fopen", "fgets", "fclose"}},
      {"open", {"open", "read", "close"}},
      {"write", {"write"}},
      {"stat", {"stat", "fstat", "lstat"}},
      {"mkdir", {"snprintf", "getpid", "mkdir", "rmdir"}},
      {"unlink", {"unlink"}},
      {"pipe", {"pipe", "close"}},
      {"dup2", {"dup2"}},
      {"epoll", {"epoll_create1", "eventfd", "epoll_ctl", "epoll_wait"}},
      {"signalfd", {"sigemptyset", "sigaddset", "sigprocmask", "signalfd"}},
      {"inotify", {"inotify_init1", "inotify_add_watch", "inotify_rm_watch"}},
      {"poll", {"poll"}},
      {"select", {"select"}},
      {"nanosleep", {"nanosleep"}},
      {"usleep", {"usleep"}},
      {"time", {"clock_gettime", "gettimeofday", "time"}},
      {"getenv", {"getenv"}},
      {"prctl", {"prctl"}},
      {"raise", {"raise"}},
      {"kill", {"kill", "getpid"}},
      {"sigaction", {"sigaction"}},
      {"socket", {"socket", "close", "socketpair"}},
      {"pthread_create", {"pthread_create", "pthread_join"}},
      {"pthread_mutex", {"pthread_mutex_lock", "pthread_mutex_unlock"}},
      {"getrandom_syscall", {}}, // made with syscall(): added below
      {"sysconf", {"sysconf"}},
      {"isatty", {"isatty"}},
      {"fork", {"fork", "waitpid", "_exit"}},
  };
  return Cases;
}

class ModelHarnessTest : public ::testing::TestWithParam<HarnessCase> {};

TEST_P(ModelHarnessTest, CaseRunsUnderItsModelsFilter) {
#ifdef SYSPRUNE_SANITIZED
  // The sanitizers' runtimes make syscalls of their own (at exit, on
  // allocation) that no libc model should contain.
  GTEST_SKIP() << "the harness runs in the unsanitized build";
#endif
  const HarnessCase &C = GetParam();
  const LibraryModel &Libc = LibraryModel::builtinLibc();
  Policy P;
  P.Architectures = {SyscallTable::native().architecture()};
  SyscallRule Rule;
  for (const std::string &F : C.Functions) {
    const std::vector<ModelSyscall> *Syscalls = Libc.syscallsOf(F);
    ASSERT_TRUE(Syscalls) << "the model does not describe " << F;
    for (const ModelSyscall &S : *Syscalls)
      Rule.Names.push_back(S.Name);
  }
  for (const ModelSyscall &S : *Libc.baseline("runtime"))
    Rule.Names.push_back(S.Name);
  if (C.Name == "getrandom_syscall")
    Rule.Names.push_back("getrandom");
  if (!Rule.Names.empty())
    P.Syscalls.push_back(Rule);
  CompileOptions Options;
  Options.ViolationAction = Action::Trap;
  Options.AllowStderrWrite = true; // the report
  Diagnostics Diags;
  auto Program = compileToBpf(P, Options, Diags);
  ASSERT_TRUE(Program);

  int Input[2], Errors[2];
  ASSERT_EQ(pipe(Input), 0);
  ASSERT_EQ(pipe(Errors), 0);
  pid_t Pid = fork();
  if (Pid == 0) {
    dup2(Input[0], STDIN_FILENO);
    dup2(Errors[1], STDERR_FILENO);
    int Null = open("/dev/null", O_WRONLY);
    dup2(Null, STDOUT_FILENO);
    close(Input[1]);
    close(Errors[0]);
    execl(SYSPRUNE_MODEL_HARNESS, SYSPRUNE_MODEL_HARNESS, C.Name.c_str(),
          static_cast<char *>(nullptr));
    _exit(127);
  }
  close(Input[0]);
  close(Errors[1]);
  size_t Size = Program->Instructions.size() * sizeof(sock_filter);
  ASSERT_EQ(write(Input[1], Program->Instructions.data(), Size),
            static_cast<ssize_t>(Size));
  close(Input[1]);
  std::string Report;
  char Buffer[512];
  ssize_t N;
  while ((N = read(Errors[0], Buffer, sizeof(Buffer))) > 0)
    Report.append(Buffer, static_cast<size_t>(N));
  close(Errors[0]);
  int Status = 0;
  ASSERT_EQ(waitpid(Pid, &Status, 0), Pid);
  EXPECT_TRUE(WIFEXITED(Status) && WEXITSTATUS(Status) == 0)
      << C.Name << " died under its model's filter: " << Report;
}

INSTANTIATE_TEST_SUITE_P(Libc, ModelHarnessTest, ::testing::ValuesIn(cases()),
                         [](const auto &Info) { return Info.param.Name; });

} // namespace
} // namespace sysprune::policy
