// Validates the C library model against the running system: each case of
// test/harness/ModelHarness.cpp runs in a fresh process under the filter
// the link step derives for a program that calls the functions it calls,
// with the models a scan on this machine uses (the hand-checked model on the
// release it was checked against, else this C library's machine code; see
// docs/libc.md), with the trap action; a syscall the model forgot kills it.

#include "policy/binary/LibraryIdentity.h"
#include "policy/binary/LibraryModelOf.h"
#include "policy/binary/ModelBuilder.h"
#include "policy/binary/RuntimeModels.h"
#include "policy/bpf/BpfCompiler.h"
#include "policy/core/SyscallTable.h"
#include "policy/library/LibraryModel.h"
#include "policy/link/ProgramLinker.h"

#include <sys/syscall.h>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
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
      {"snprintf", {"snprintf", "getpid"}},
      {"malloc", {"malloc", "free"}},
      {"calloc", {"calloc", "free"}},
      {"realloc", {"realloc", "malloc", "free"}},
      {"fopen", {"fopen", "fgets", "fclose"}},
      {"fseeko64",
       {"fopen", "fseeko64", "ftello64", "fgetpos64", "fsetpos64", "fclose"}},
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
      {"dirname", {"dirname", "__xpg_basename"}},
      {"pathconf", {"pathconf", "fpathconf"}},
      {"strptime", {"strptime"}},
      {"libm",
       {"sqrt", "pow", "exp", "log", "atan2", "lgamma_r", "tgamma", "nan", "j0",
        "cbrt"}},
      {"clock", {"clock"}},
      {"realpath", {"realpath", "canonicalize_file_name", "free"}},
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
      {"pthread_kill",
       {"pipe", "pthread_create", "pthread_kill", "write", "read",
        "pthread_join"}},
      {"mutex_prio_protect",
       {"pthread_mutexattr_init", "pthread_mutexattr_setprotocol",
        "pthread_mutexattr_setprioceiling", "pthread_mutex_init",
        "pthread_mutex_lock", "pthread_mutex_unlock"}},
      {"getloadavg", {"getloadavg"}},
      {"localtime", {"time", "localtime_r", "gmtime_r", "strftime", "mktime"}},
      {"setlocale", {"setlocale", "strerror"}},
      {"gettext",
       {"setlocale", "bindtextdomain", "bind_textdomain_codeset", "textdomain",
        "gettext", "dgettext", "dngettext"}},
      {"locale_l",
       {"newlocale", "duplocale", "uselocale", "strcoll_l", "strxfrm_l",
        "strtod_l", "strftime_l", "wcsftime", "nl_langinfo_l", "freelocale"}},
      {"wide",
       {"setlocale", "mbsrtowcs", "wcsnrtombs", "wcrtomb", "btowc", "wctob",
        "strspn", "wcslen", "fopen", "fgetwc", "ungetwc", "getwc", "fputwc",
        "putwc", "fclose"}},
      {"rwlock",
       {"pthread_rwlock_rdlock", "pthread_rwlock_wrlock",
        "pthread_rwlock_unlock"}},
      {"thread_atexit", {"__cxa_thread_atexit_impl"}},
      {"statvfs",
       {"statvfs", "fstatvfs", "statfs", "statx", "readlinkat", "snprintf",
        "getpid", "open", "close", "fchmodat", "unlink"}},
      {"getpwnam", {"getpwnam", "getpwuid", "getgrnam"}},
      {"getaddrinfo", {"getaddrinfo", "freeaddrinfo"}},
      {"dlopen", {"dlopen", "dlclose"}},
      {"dirent", {"opendir", "readdir", "closedir"}},
      {"arc4random", {"arc4random_buf", "arc4random"}},
      {"setjmp", {"__sigsetjmp", "siglongjmp"}},
      {"qsort", {"qsort", "bsearch"}},
      {"memstream",
       {"open_memstream", "fprintf", "fclose", "free", "get_current_dir_name",
        "atexit"}},
      {"printf_chk", {"__printf_chk", "fflush"}},
      {"creat", {"snprintf", "getpid", "creat", "close", "unlink"}},
      {"posix_spawn_missing", {"posix_spawn"}},
      {"malloc_in_many_threads",
       {"pthread_barrier_init", "pthread_barrier_wait",
        "pthread_barrier_destroy", "pthread_create", "pthread_join", "malloc",
        "free"}},
  };
  return Cases;
}

class ModelHarnessTest : public ::testing::TestWithParam<HarnessCase> {};

/// The machine-code models of this machine's runtime libraries, derived
/// once per library build (cached beside the test binary).
const std::vector<LibraryModel> &runtimeModels() {
  static const std::vector<LibraryModel> Models = [] {
    std::vector<LibraryModel> Out;
    auto Loaded = binary::loadRuntimeModels(
        binary::RuntimeTarget::Installed, SYSPRUNE_TEST_MODEL_CACHE,
        binary::runningExecutableIdentity());
    EXPECT_TRUE(static_cast<bool>(Loaded));
    if (!Loaded) {
      llvm::consumeError(Loaded.takeError());
      return Out;
    }
    for (const binary::RuntimeModel &R : *Loaded)
      Out.push_back(binary::libraryModelOf(R.Model));
    return Out;
  }();
  return Models;
}

/// The policy a scan derives for a program whose main calls \p C's
/// functions (and, for getrandom_syscall, syscall(SYS_getrandom)).
Policy policyFor(const HarnessCase &C) {
  ProgramFacts Facts;
  FunctionFacts Main;
  Main.Id = Main.Name = "main";
  Main.Where = {"harness.c", 1, 1};
  for (const std::string &F : C.Functions)
    Main.Calls.push_back({F, F, {"harness.c", 2, 3}});
  if (C.Name == "getrandom_syscall")
    Main.Syscalls.push_back({SYS_getrandom, {"harness.c", 3, 3}, "syscall"});
  Facts.Functions = {{"main", Main}};
  LinkOptions Options;
  Options.RunsWith = binary::systemCLibrary();
  Options.RuntimeLibraries = [] {
    std::vector<const LibraryModel *> Out;
    for (const LibraryModel &M : runtimeModels())
      Out.push_back(&M);
    return Out;
  };
  LinkResult Linked = linkProgram(Facts, LibraryModel::builtinLibc(), Options);
  for (const Diagnostic &D : Linked.Diags)
    EXPECT_NE(D.Level, Severity::Error) << D.Message;
  for (const std::string &F : Linked.Result.Origin->Unmodelled)
    ADD_FAILURE() << "no model describes " << F;
  return Linked.Result;
}

TEST_P(ModelHarnessTest, CaseRunsUnderItsModelsFilter) {
#ifdef SYSPRUNE_SANITIZED
  // The sanitizers' runtimes make syscalls of their own (at exit, on
  // allocation) that no libc model should contain.
  GTEST_SKIP() << "the harness runs in the unsanitized build";
#endif
  const HarnessCase &C = GetParam();
  Policy P = policyFor(C);
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

/// The syscalls strace sees the case make after the harness's marker, or
/// nullopt when strace cannot run here.
std::optional<std::set<std::string>> straceCase(const std::string &Name) {
  char Trace[] = "/tmp/sysprune-harness-trace.XXXXXX";
  int Fd = mkstemp(Trace);
  if (Fd < 0)
    return std::nullopt;
  close(Fd);
  std::string Command = std::string("strace -f -qq -o ") + Trace + " " +
                        SYSPRUNE_MODEL_HARNESS + " " + Name +
                        " </dev/null >/dev/null 2>&1";
  int Status = std::system(Command.c_str());
  std::ifstream In(Trace);
  std::set<std::string> Seen;
  bool AfterMarker = false;
  std::string Line;
  while (std::getline(In, Line)) {
    // "PID name(args) = result" with -f; a call another thread interrupted
    // goes on in a "PID <... name resumed>) = result" line.
    size_t Start = Line.find_first_not_of("0123456789 ");
    if (Start == std::string::npos)
      continue;
    const std::string Resumed = "<... ";
    size_t NameStart = Line.compare(Start, Resumed.size(), Resumed) == 0
                           ? Start + Resumed.size()
                           : Start;
    size_t NameEnd = Line.find_first_not_of(
        "abcdefghijklmnopqrstuvwxyz0123456789_", NameStart);
    if (NameEnd == std::string::npos || NameEnd == NameStart ||
        (Line[NameEnd] != '(' && Line[NameEnd] != ' '))
      continue; // signals ("--- SIGCHLD"), exits ("+++ exited")
    std::string Syscall = Line.substr(NameStart, NameEnd - NameStart);
    if (!AfterMarker) {
      AfterMarker = Syscall == "getppid";
      continue;
    }
    Seen.insert(Syscall);
  }
  unlink(Trace);
  if (Status != 0 || !AfterMarker)
    return std::nullopt;
  return Seen;
}

TEST_P(ModelHarnessTest, ModelCoversWhatStraceSees) {
#ifdef SYSPRUNE_SANITIZED
  GTEST_SKIP() << "the harness runs in the unsanitized build";
#endif
  const HarnessCase &C = GetParam();
  auto Seen = straceCase(C.Name);
  if (!Seen)
    GTEST_SKIP() << "strace cannot trace here";
  std::vector<std::string> Allowed = policyFor(C).allowedSyscalls();
  std::set<std::string> Modelled(Allowed.begin(), Allowed.end());
  for (const std::string &S : *Seen)
    EXPECT_TRUE(Modelled.count(S))
        << C.Name << " makes " << S << ", which its model does not list";
  // How close the model is to what runs, for the evaluation report.
  RecordProperty("modelled", static_cast<int>(Modelled.size()));
  RecordProperty("observed", static_cast<int>(Seen->size()));
}

INSTANTIATE_TEST_SUITE_P(Libc, ModelHarnessTest, ::testing::ValuesIn(cases()),
                         [](const auto &Info) { return Info.param.Name; });

} // namespace
} // namespace sysprune::policy
