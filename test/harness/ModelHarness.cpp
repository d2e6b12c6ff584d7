// model-harness CASE: reads a seccomp-BPF program from standard input,
// installs it (trap action), then calls the libc functions of CASE once, as
// a program would (with an empty standard input it runs unfiltered, after a
// getppid marker, for strace) — each in a fresh process, so first-use work
// (stdio buffers, malloc's arena, thread stacks) happens under the filter too.
// A syscall the model forgot kills the process with a report on stderr.
//
// Nothing here may allocate or print before the filter is installed.

#include "sysprune/runtime.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <langinfo.h>
#include <libgen.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <pwd.h>
#include <setjmp.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/prctl.h>
#include <sys/select.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

namespace {

sock_filter Program[BPF_MAXINSNS];

/// Results go here, so that the compiler cannot drop a call as unused.
void *volatile Sink;

// glibc's fortified printf, which libraries built with _FORTIFY_SOURCE call.
extern "C" int __printf_chk(int Flag, const char *Format, ...);
// What libstdc++ registers a thread_local's destructor with.
extern "C" int __cxa_thread_atexit_impl(void (*Destructor)(void *),
                                        void *Object, void *DsoHandle);
extern "C" void *__dso_handle;

void *threadBody(void *Arg) { return Arg; }

/// Waits until a byte arrives on the pipe \p Arg points at.
void *waitingThread(void *Arg) {
  char C;
  Sink = reinterpret_cast<void *>(read(*static_cast<int *>(Arg), &C, 1));
  return nullptr;
}

/// Each of the threads that are alive at once needs an arena for its first
/// allocation; past the eighth, malloc asks how many processors there are.
constexpr int ArenaThreads = 12;
pthread_barrier_t ArenaBarrier;

void *allocatingThread(void *) {
  void *P = malloc(64);
  Sink = P;
  pthread_barrier_wait(&ArenaBarrier);
  free(P);
  return nullptr;
}

/// One case: its name and what it does. The test builds the filter from
/// the models of exactly the functions the case calls.
struct Case {
  const char *Name;
  void (*Run)();
};

const Case Cases[] = {
    {"getpid", [] { getpid(); }},
    {"printf",
     [] {
       printf("harness %d\n", 1);
       fflush(stdout);
     }},
    {"puts", [] { puts("harness"); }},
    {"fprintf", [] { fprintf(stderr, "harness\n"); }},
    {"snprintf",
     [] {
       static char B[32];
       snprintf(B, sizeof(B), "%d", getpid());
       Sink = B;
     }},
    {"malloc",
     [] {
       char *Small = static_cast<char *>(malloc(64));
       char *Large = static_cast<char *>(malloc(1 << 20)); // mmap threshold
       Small[0] = Large[0] = 1;
       Sink = Small;
       Sink = Large;
       free(Small);
       free(Large);
     }},
    {"calloc",
     [] {
       void *P = calloc(16, 16);
       Sink = P;
       free(P);
     }},
    {"realloc",
     [] {
       void *P = realloc(malloc(16), 1 << 20);
       Sink = P;
       free(P);
     }},
    {"fopen",
     [] {
       FILE *F = fopen("/proc/self/status", "r");
       char Line[128];
       if (F) {
         (void)!fgets(Line, sizeof(Line), F);
         fclose(F);
       }
     }},
    // Large-file stdio, as code built with _FILE_OFFSET_BITS=64 or calling
    // the ...64 names directly (tinyxml2) uses it.
    {"fseeko64",
     [] {
       FILE *F = fopen("/proc/self/status", "r");
       if (F) {
         fseeko64(F, 0, SEEK_END);
         Sink = reinterpret_cast<void *>(ftello64(F));
         fpos64_t Position;
         fgetpos64(F, &Position);
         fsetpos64(F, &Position);
         fclose(F);
       }
     }},
    {"open",
     [] {
       int Fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
       char B[64];
       (void)!read(Fd, B, sizeof(B));
       close(Fd);
     }},
    {"write", [] { (void)!write(STDOUT_FILENO, "w\n", 2); }},
    {"stat",
     [] {
       struct stat S;
       stat("/", &S);
       fstat(0, &S);
       lstat("/", &S);
     }},
    {"mkdir",
     [] {
       char Dir[64];
       snprintf(Dir, sizeof(Dir), "/tmp/sysprune-harness.%d", getpid());
       mkdir(Dir, 0700);
       rmdir(Dir);
     }},
    {"unlink", [] { unlink("/tmp/sysprune-harness-none"); }},
    {"pipe",
     [] {
       int P[2];
       if (pipe(P) == 0) {
         close(P[0]);
         close(P[1]);
       }
     }},
    {"dup2", [] { dup2(1, 42); }},
    {"epoll",
     [] {
       int Ep = epoll_create1(EPOLL_CLOEXEC);
       int Ev = eventfd(0, EFD_CLOEXEC);
       struct epoll_event E = {};
       E.events = EPOLLIN;
       epoll_ctl(Ep, EPOLL_CTL_ADD, Ev, &E);
       epoll_wait(Ep, &E, 1, 0);
     }},
    {"signalfd",
     [] {
       sigset_t Mask;
       sigemptyset(&Mask);
       sigaddset(&Mask, SIGUSR2);
       sigprocmask(SIG_BLOCK, &Mask, nullptr);
       signalfd(-1, &Mask, SFD_CLOEXEC);
     }},
    {"inotify",
     [] {
       int Fd = inotify_init1(IN_CLOEXEC);
       int Wd = inotify_add_watch(Fd, "/tmp", IN_CREATE);
       inotify_rm_watch(Fd, Wd);
     }},
    {"poll",
     [] {
       struct pollfd P = {0, POLLIN, 0};
       poll(&P, 1, 0);
     }},
    {"select",
     [] {
       fd_set Set;
       FD_ZERO(&Set);
       struct timeval Zero = {0, 0};
       select(1, &Set, nullptr, nullptr, &Zero);
     }},
    {"nanosleep",
     [] {
       struct timespec T = {0, 1000};
       nanosleep(&T, nullptr);
     }},
    {"usleep", [] { usleep(1); }},
    {"time",
     [] {
       struct timespec T;
       clock_gettime(CLOCK_MONOTONIC, &T);
       struct timeval V;
       gettimeofday(&V, nullptr);
       time(nullptr);
     }},
    {"realpath",
     [] {
       char Resolved[PATH_MAX];
       Sink = realpath("/proc/self/exe", Resolved);
       Sink = realpath("./missing/..", Resolved);
       free(canonicalize_file_name("/proc/self/cwd"));
     }},
    {"dirname",
     [] {
       static char Path[] = "/usr/lib/x86_64-linux-gnu/libc.so.6";
       Sink = dirname(Path);
       Sink = basename(Path);
     }},
    {"pathconf",
     [] {
       Sink = reinterpret_cast<void *>(pathconf("/", _PC_NAME_MAX));
       Sink = reinterpret_cast<void *>(pathconf("/", _PC_LINK_MAX));
       Sink = reinterpret_cast<void *>(pathconf("/", _PC_CHOWN_RESTRICTED));
       Sink = reinterpret_cast<void *>(fpathconf(0, _PC_PIPE_BUF));
       Sink = reinterpret_cast<void *>(fpathconf(0, _PC_LINK_MAX));
     }},
    {"strptime",
     [] {
       struct tm Time = {};
       Sink = strptime("1700000000", "%s", &Time);
       Sink = strptime("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S", &Time);
     }},
    // jq's math builtins: libm computes only.
    {"libm",
     [] {
       volatile double X = 0.5;
       int Sign;
       double Sum = sqrt(X) + pow(X, 3.0) + exp(X) + log(X) + atan2(X, 1.0) +
                    lgamma_r(X, &Sign) + tgamma(X) + nan("") + sqrt(-X) +
                    log(0.0) + j0(X) + cbrt(X);
       static volatile double Result;
       Result = Sum;
     }},
    {"clock", [] { Sink = reinterpret_cast<void *>(clock()); }},
    {"getenv", [] { Sink = getenv("HOME"); }},
    {"prctl", [] { prctl(PR_SET_NAME, "harness", 0, 0, 0); }},
    {"raise", [] { raise(SIGUSR1); }}, // ignored: the test sets SIG_IGN
    {"kill", [] { kill(getpid(), 0); }},
    {"sigaction",
     [] {
       struct sigaction A = {};
       A.sa_handler = SIG_IGN;
       sigaction(SIGUSR2, &A, nullptr);
     }},
    {"socket",
     [] {
       int S = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
       close(S);
       int Pair[2];
       socketpair(AF_UNIX, SOCK_STREAM, 0, Pair);
     }},
    {"pthread_create",
     [] {
       pthread_t T;
       if (pthread_create(&T, nullptr, threadBody, nullptr) == 0)
         pthread_join(T, nullptr);
     }},
    {"pthread_kill",
     [] {
       int Fds[2];
       if (pipe(Fds) != 0)
         return;
       pthread_t T;
       if (pthread_create(&T, nullptr, waitingThread, &Fds[0]) != 0)
         return;
       pthread_kill(T, 0); // another thread: the masked path
       write(Fds[1], "x", 1);
       pthread_join(T, nullptr);
     }},
    {"mutex_prio_protect",
     [] {
       pthread_mutexattr_t A;
       static pthread_mutex_t M;
       pthread_mutexattr_init(&A);
       pthread_mutexattr_setprotocol(&A, PTHREAD_PRIO_PROTECT);
       pthread_mutexattr_setprioceiling(&A, 0);
       pthread_mutex_init(&M, &A);
       pthread_mutex_lock(&M);
       pthread_mutex_unlock(&M);
     }},
    {"getloadavg",
     [] {
       static double Loads[3];
       getloadavg(Loads, 3);
     }},
    {"pthread_mutex",
     [] {
       static pthread_mutex_t M = PTHREAD_MUTEX_INITIALIZER;
       pthread_mutex_lock(&M);
       pthread_mutex_unlock(&M);
     }},
    {"getrandom_syscall",
     [] {
       char B[8];
       syscall(SYS_getrandom, B, sizeof(B), 0);
     }},
    {"sysconf", [] { sysconf(_SC_NPROCESSORS_ONLN); }},
    {"isatty", [] { isatty(0); }},
    {"fork",
     [] {
       pid_t P = fork();
       if (P == 0)
         _exit(0);
       waitpid(P, nullptr, 0);
     }},
    {"localtime",
     [] {
       time_t Now = time(nullptr);
       struct tm Local, Utc;
       localtime_r(&Now, &Local);
       gmtime_r(&Now, &Utc);
       static char B[64];
       strftime(B, sizeof(B), "%c %Z", &Local);
       Sink = B;
       mktime(&Local);
     }},
    {"setlocale",
     [] {
       setlocale(LC_ALL, "C.UTF-8");
       Sink = strerror(ENOENT);
     }},
    // What libstdc++ calls in the C library. Message catalogues are looked
    // up in a set locale (none exists for C.UTF-8: each lookup opens and
    // fails), from a relative directory too.
    {"gettext",
     [] {
       setlocale(LC_ALL, "C.UTF-8");
       bindtextdomain("sysprune-harness", "relative/locale");
       bind_textdomain_codeset("sysprune-harness", "UTF-8");
       textdomain("sysprune-harness");
       Sink = gettext("message");
       Sink = dgettext("libstdc++", "basic_string::_M_create");
       Sink = dngettext("libc", "%d file", "%d files", 2);
     }},
    {"locale_l",
     [] {
       locale_t L = newlocale(LC_ALL_MASK, "C.UTF-8", nullptr);
       locale_t Copy = duplocale(L);
       locale_t Old = uselocale(Copy);
       char Out[64];
       wchar_t Wide[64];
       struct tm Time = {};
       Time.tm_year = 124;
       Sink = reinterpret_cast<void *>(static_cast<long>(
           strcoll_l("a", "b", L) + strxfrm_l(Out, "ab", sizeof(Out), L) +
           strtod_l("1.5", nullptr, L) +
           strftime_l(Out, sizeof(Out), "%c %Z", &Time, L) +
           wcsftime(Wide, 64, L"%c", &Time)));
       Sink = nl_langinfo_l(CODESET, L);
       uselocale(Old);
       freelocale(Copy);
       freelocale(L);
     }},
    {"wide",
     [] {
       setlocale(LC_ALL, "C.UTF-8");
       const char *Narrow = "h\xc3\xa9llo";
       wchar_t Wide[16];
       char Back[32];
       mbstate_t State = {};
       Sink = reinterpret_cast<void *>(mbsrtowcs(Wide, &Narrow, 16, &State));
       const wchar_t *From = Wide;
       Sink = reinterpret_cast<void *>(wcsnrtombs(Back, &From, 5, 32, &State));
       Sink = reinterpret_cast<void *>(
           static_cast<long>(wcrtomb(Back, L'x', &State) + btowc('a') +
                             wctob(L'a') + strspn("abc", "ab") + wcslen(Wide)));
       FILE *In = fopen("/proc/self/status", "r");
       if (In) {
         wint_t C = fgetwc(In);
         ungetwc(C, In);
         Sink = reinterpret_cast<void *>(static_cast<long>(getwc(In)));
         fclose(In);
       }
       FILE *Out = fopen("/dev/null", "w");
       if (Out) {
         fputwc(L'x', Out);
         putwc(L'y', Out);
         fclose(Out);
       }
     }},
    {"rwlock",
     [] {
       static pthread_rwlock_t Lock = PTHREAD_RWLOCK_INITIALIZER;
       pthread_rwlock_rdlock(&Lock);
       pthread_rwlock_unlock(&Lock);
       pthread_rwlock_wrlock(&Lock);
       pthread_rwlock_unlock(&Lock);
     }},
    {"thread_atexit",
     [] {
       static int Object;
       __cxa_thread_atexit_impl([](void *) {}, &Object, &__dso_handle);
     }},
    {"statvfs",
     [] {
       struct statvfs V;
       struct statfs F;
       struct statx X;
       char Link[64];
       Sink = reinterpret_cast<void *>(static_cast<long>(
           statvfs("/", &V) + fstatvfs(0, &V) + statfs("/", &F) +
           statx(AT_FDCWD, "/", 0, STATX_BASIC_STATS, &X) +
           readlinkat(AT_FDCWD, "/proc/self/exe", Link, sizeof(Link))));
       char Name[64];
       snprintf(Name, sizeof(Name), "/tmp/sysprune-harness-chmod.%d", getpid());
       int Fd = open(Name, O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
       close(Fd);
       fchmodat(AT_FDCWD, Name, 0644, 0);
       fchmodat(AT_FDCWD, Name, 0600, AT_SYMLINK_NOFOLLOW);
       unlink(Name);
     }},
    // The built-in `files` service: root is in /etc/passwd and /etc/group,
    // so no other service is asked.
    {"getpwnam",
     [] {
       Sink = getpwnam("root");
       Sink = getpwuid(0);
       Sink = getgrnam("root");
     }},
    // localhost is in /etc/hosts; AI_ADDRCONFIG asks the kernel's addresses.
    {"getaddrinfo",
     [] {
       struct addrinfo Hints = {};
       Hints.ai_family = AF_UNSPEC;
       Hints.ai_socktype = SOCK_STREAM;
       Hints.ai_flags = AI_ADDRCONFIG;
       struct addrinfo *Found = nullptr;
       if (getaddrinfo("localhost", "80", &Hints, &Found) == 0)
         freeaddrinfo(Found);
     }},
    // A library this process has not loaded (glibc ships it in every
    // installation): found through ld.so.cache, mapped, then unmapped.
    {"dlopen",
     [] {
       if (void *Library = dlopen("libnss_files.so.2", RTLD_NOW))
         dlclose(Library);
     }},
    {"dirent",
     [] {
       if (DIR *D = opendir("/"))
         for (int N = 0; readdir(D) && N < 1000; ++N)
           ;
       if (DIR *D = opendir("/"))
         closedir(D);
     }},
    {"arc4random",
     [] {
       static unsigned char B[16];
       arc4random_buf(B, sizeof(B));
       Sink = reinterpret_cast<void *>(static_cast<long>(arc4random()));
     }},
    {"qsort",
     [] {
       // Large enough that qsort sorts a malloc'ed copy.
       static int Values[1 << 16];
       for (int I = 0; I < (1 << 16); ++I)
         Values[I] = (I * 7919) % 65521;
       qsort(Values, 1 << 16, sizeof(int), [](const void *A, const void *B) {
         return *static_cast<const int *>(A) - *static_cast<const int *>(B);
       });
       Sink = bsearch(&Values[5], Values, 1 << 16, sizeof(int),
                      [](const void *A, const void *B) {
                        return *static_cast<const int *>(A) -
                               *static_cast<const int *>(B);
                      });
     }},
    {"memstream",
     [] {
       char *Buffer = nullptr;
       size_t Size = 0;
       if (FILE *F = open_memstream(&Buffer, &Size)) {
         fprintf(F, "%0*d", 100000, 7);
         fclose(F);
       }
       free(Buffer);
       free(get_current_dir_name());
       atexit([] {});
     }},
    {"setjmp",
     [] {
       static sigjmp_buf Env;
       if (sigsetjmp(Env, 1) == 0)
         siglongjmp(Env, 1);
     }},
    // What a library built with _FORTIFY_SOURCE calls for printf.
    {"printf_chk",
     [] {
       __printf_chk(1, "harness %d\n", 2);
       fflush(stdout);
     }},
    {"creat",
     [] {
       char Path[64];
       snprintf(Path, sizeof(Path), "/tmp/sysprune-harness-%d", getpid());
       close(creat(Path, 0600));
       unlink(Path);
     }},
    // A program that is not there: the child's execve fails, and
    // posix_spawn reaps it before returning the error.
    {"posix_spawn_missing",
     [] {
       pid_t P;
       char Name[] = "sysprune-missing";
       char *Argv[] = {Name, nullptr};
       Sink = reinterpret_cast<void *>(
           static_cast<long>(posix_spawn(&P, "/nonexistent/sysprune-missing",
                                         nullptr, nullptr, Argv, nullptr)));
     }},
    {"malloc_in_many_threads",
     [] {
       pthread_t T[ArenaThreads];
       pthread_barrier_init(&ArenaBarrier, nullptr, ArenaThreads);
       for (pthread_t &Thread : T)
         pthread_create(&Thread, nullptr, allocatingThread, nullptr);
       for (pthread_t &Thread : T)
         pthread_join(Thread, nullptr);
       pthread_barrier_destroy(&ArenaBarrier);
     }},
};

} // namespace

int main(int Argc, char **Argv) {
  if (Argc != 2)
    return 2;
  const Case *Chosen = nullptr;
  for (const Case &C : Cases)
    if (strcmp(C.Name, Argv[1]) == 0)
      Chosen = &C;
  if (!Chosen)
    return 3;
  // The program, read with read(2) into static storage: no allocation.
  size_t Bytes = 0;
  ssize_t N;
  char *Into = reinterpret_cast<char *>(Program);
  while (Bytes < sizeof(Program) &&
         (N = read(STDIN_FILENO, Into + Bytes, sizeof(Program) - Bytes)) > 0)
    Bytes += static_cast<size_t>(N);
  signal(SIGUSR1, SIG_IGN);
  // No program: run unfiltered, after a marker syscall, so that a tracer
  // can tell the case's own syscalls from the start-up's.
  if (Bytes == 0) {
    syscall(SYS_getppid);
    Chosen->Run();
    _exit(0);
  }
  static const char *const NoNames[] = {nullptr};
  sysprune::TrapReportInfo Info;
  Info.PolicyPath = Argv[1];
  Info.SyscallNames = NoNames;
  Info.SyscallNameCount = 0;
  if (!sysprune::installTrapReporter(Info) ||
      !sysprune::install({Program, Bytes / sizeof(sock_filter)}))
    return 4;
  Chosen->Run();
  _exit(0);
}
