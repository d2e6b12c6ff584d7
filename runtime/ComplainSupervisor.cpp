// The `complain` action: the filter hands every syscall outside the policy
// to a supervisor process (SECCOMP_RET_USER_NOTIF), which appends the first
// call of each to a report file and lets it run
// (SECCOMP_USER_NOTIF_FLAG_CONTINUE). For learning runs: nothing is blocked.
//
// The supervisor is forked before the filter exists, so it is not filtered
// itself (a supervisor under its own filter would wait on itself), and
// detached (a double fork), so that the program never sees it as a child
// of its own. It receives the listener over a socket and exits when no
// process uses the filter any more. Everything here runs before main, maybe
// in a process with threads: only plain syscalls, no allocation.

#include "SignalSafeWriter.h"
#include "sysprune/runtime.h"

#include <fcntl.h>
#include <linux/seccomp.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace sysprune {

namespace {
constexpr int MaxSyscall = 1024;

/// Where \p Address is in process \p Pid: the mapped file and the offset in
/// it, from /proc/PID/maps, appended to \p Out (nothing when not found).
void describeAddress(pid_t Pid, uint64_t Address,
                     runtime::SignalSafeWriter &Out) {
  runtime::SignalSafeWriter Path;
  Path.text("/proc/");
  Path.decimal(static_cast<uint64_t>(Pid));
  Path.text("/maps");
  char Name[64];
  Path.copyTo(Name, sizeof(Name));
  int Fd = open(Name, O_RDONLY | O_CLOEXEC);
  if (Fd < 0)
    return;
  // One line at a time: "start-end perms offset dev inode   path".
  char Buffer[8192];
  char Line[1024];
  size_t LineLength = 0;
  ssize_t N;
  bool Done = false;
  while (!Done && (N = read(Fd, Buffer, sizeof(Buffer))) > 0) {
    for (ssize_t I = 0; I < N && !Done; ++I) {
      char C = Buffer[I];
      if (C != '\n') {
        if (LineLength + 1 < sizeof(Line))
          Line[LineLength++] = C;
        continue;
      }
      Line[LineLength] = '\0';
      LineLength = 0;
      char *P = Line;
      auto Hex = [&P]() {
        uint64_t V = 0;
        for (;; ++P) {
          char D = *P;
          if (D >= '0' && D <= '9')
            V = V * 16 + (D - '0');
          else if (D >= 'a' && D <= 'f')
            V = V * 16 + (D - 'a' + 10);
          else
            return V;
        }
      };
      uint64_t Start = Hex();
      ++P; // '-'
      uint64_t End = Hex();
      if (Address < Start || Address >= End)
        continue;
      auto SkipField = [&P]() {
        while (*P == ' ')
          ++P;
        while (*P && *P != ' ')
          ++P;
        while (*P == ' ')
          ++P;
      };
      SkipField(); // perms
      uint64_t Offset = Hex();
      SkipField(); // dev
      SkipField(); // inode; the path (if any) follows
      if (*P) {
        Out.text(" in ");
        Out.text(P);
        Out.text("+");
        Out.hex(Address - Start + Offset);
      }
      Done = true;
    }
  }
  close(Fd);
}

/// The supervisor's loop: every notification is a syscall outside the
/// policy; the first of each number is reported, and all of them run.
[[noreturn]] void supervise(int Listener, const ComplainReportInfo &Info) {
  bool Seen[MaxSyscall] = {};
  for (;;) {
    seccomp_notif Request;
    std::memset(&Request, 0, sizeof(Request));
    if (ioctl(Listener, SECCOMP_IOCTL_NOTIF_RECV, &Request) != 0) {
      if (errno == EINTR)
        continue;
      _exit(0); // ENOENT: no process uses the filter any more
    }
    int Nr = Request.data.nr;
    if (Nr >= 0 && Nr < MaxSyscall && !Seen[Nr]) {
      Seen[Nr] = true;
      runtime::SignalSafeWriter Out;
      Out.text("sysprune: would block ");
      uint64_t Args[6];
      for (int I = 0; I < 6; ++I)
        Args[I] = Request.data.args[I];
      Out.syscall(Nr, Args, Info.SyscallNames, Info.SyscallNameCount);
      Out.text(" at ");
      Out.hex(Request.data.instruction_pointer);
      describeAddress(static_cast<pid_t>(Request.pid),
                      Request.data.instruction_pointer, Out);
      Out.text(" (pid ");
      Out.decimal(Request.pid);
      Out.text(", policy: ");
      Out.text(Info.PolicyPath);
      Out.text(")");
      int Report = open(Info.ReportPath,
                        O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
      if (Report >= 0) {
        Out.flush(Report);
        close(Report);
      }
    }
    seccomp_notif_resp Response;
    std::memset(&Response, 0, sizeof(Response));
    Response.id = Request.id;
    Response.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
    // ENOENT: the caller died (or was interrupted) meanwhile; nothing to do.
    (void)ioctl(Listener, SECCOMP_IOCTL_NOTIF_SEND, &Response);
  }
}

/// Receives one descriptor over \p Socket; -1 when the other end closed.
int receiveDescriptor(int Socket) {
  char Byte;
  iovec Data{&Byte, 1};
  alignas(cmsghdr) char Control[CMSG_SPACE(sizeof(int))];
  msghdr Message{};
  Message.msg_iov = &Data;
  Message.msg_iovlen = 1;
  Message.msg_control = Control;
  Message.msg_controllen = sizeof(Control);
  if (recvmsg(Socket, &Message, MSG_CMSG_CLOEXEC) <= 0)
    return -1;
  cmsghdr *Header = CMSG_FIRSTHDR(&Message);
  if (!Header || Header->cmsg_type != SCM_RIGHTS)
    return -1;
  int Fd;
  std::memcpy(&Fd, CMSG_DATA(Header), sizeof(Fd));
  return Fd;
}

bool sendDescriptor(int Socket, int Fd) {
  char Byte = 0;
  iovec Data{&Byte, 1};
  alignas(cmsghdr) char Control[CMSG_SPACE(sizeof(int))] = {};
  msghdr Message{};
  Message.msg_iov = &Data;
  Message.msg_iovlen = 1;
  Message.msg_control = Control;
  Message.msg_controllen = sizeof(Control);
  cmsghdr *Header = CMSG_FIRSTHDR(&Message);
  Header->cmsg_level = SOL_SOCKET;
  Header->cmsg_type = SCM_RIGHTS;
  Header->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(Header), &Fd, sizeof(Fd));
  return sendmsg(Socket, &Message, MSG_NOSIGNAL) == 1;
}
} // namespace

InstallResult installComplaining(FilterProgram Filter,
                                 const ComplainReportInfo &Info) noexcept {
  if (!Filter.Code || Filter.Length == 0 || Filter.Length > BPF_MAXINSNS)
    return {InstallStatus::InvalidFilter, EINVAL};
  int Sockets[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, Sockets) != 0)
    return {InstallStatus::SupervisorFailed, errno};
  pid_t Middle = fork();
  if (Middle < 0) {
    int Error = errno;
    close(Sockets[0]);
    close(Sockets[1]);
    return {InstallStatus::SupervisorFailed, Error};
  }
  if (Middle == 0) {
    // The supervisor is the grandchild: the program never waits for it.
    close(Sockets[0]);
    if (fork() != 0)
      _exit(0);
    setsid(); // out of the program's process group (its Ctrl-C)
    int Listener = receiveDescriptor(Sockets[1]);
    close(Sockets[1]);
    if (Listener < 0)
      _exit(0);
    supervise(Listener, Info);
  }
  close(Sockets[1]);
  int Status;
  while (waitpid(Middle, &Status, 0) < 0 && errno == EINTR)
    ;
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    int Error = errno;
    close(Sockets[0]);
    return {InstallStatus::NoNewPrivsFailed, Error};
  }
  sock_fprog Program{static_cast<unsigned short>(Filter.Length),
                     const_cast<sock_filter *>(Filter.Code)};
  // TSYNC_ESRCH: a thread that cannot be synchronised fails the call with
  // ESRCH, since the return value is the listener.
  long Listener =
      syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER,
              SECCOMP_FILTER_FLAG_NEW_LISTENER | SECCOMP_FILTER_FLAG_TSYNC |
                  SECCOMP_FILTER_FLAG_TSYNC_ESRCH,
              &Program);
  if (Listener < 0) {
    int Error = errno;
    close(Sockets[0]); // the supervisor sees the socket close and exits
    if (Error == ESRCH)
      return {InstallStatus::ThreadNotSynchronised, Error};
    if (Error == EINVAL || Error == EFAULT || Error == ENOMEM)
      return {InstallStatus::FilterRejected, Error};
    return {InstallStatus::SeccompUnavailable, Error};
  }
  // The filter allows these two calls (see CompileOptions::ComplainHandoff):
  // a notification now would wait for a supervisor that has no listener.
  bool Sent = sendDescriptor(Sockets[0], static_cast<int>(Listener));
  close(static_cast<int>(Listener));
  close(Sockets[0]);
  if (!Sent)
    return {InstallStatus::SupervisorFailed, EPIPE};
  return {InstallStatus::Installed, 0};
}

} // namespace sysprune
