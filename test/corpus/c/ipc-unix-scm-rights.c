/* Pass an open file descriptor to another process over a Unix socket with
 * sendmsg/recvmsg and SCM_RIGHTS ancillary data, as privilege-separated daemons
 * do. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/wait.h>

static int send_fd(int sock, int fd, const char *tag) {
  struct iovec iov = {(void *)tag, strlen(tag)};
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int))];
  } u;
  memset(&u, 0, sizeof u);
  struct msghdr msg = {.msg_iov = &iov,
                       .msg_iovlen = 1,
                       .msg_control = u.buf,
                       .msg_controllen = sizeof u.buf};
  struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &fd, sizeof fd);
  return sendmsg(sock, &msg, 0) < 0 ? -1 : 0;
}

static int recv_fd(int sock, char *tag, size_t taglen) {
  struct iovec iov = {tag, taglen - 1};
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int))];
  } u;
  struct msghdr msg = {.msg_iov = &iov,
                       .msg_iovlen = 1,
                       .msg_control = u.buf,
                       .msg_controllen = sizeof u.buf};
  ssize_t n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
  if (n <= 0)
    return -1;
  tag[n] = '\0';
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
      int fd;
      memcpy(&fd, CMSG_DATA(c), sizeof fd);
      return fd;
    }
  }
  return -1;
}

int main(void) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
    perror("socketpair");
    return 1;
  }
  char path[] = "/tmp/scmrights.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }
  unlink(path);
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 1;
  }
  if (pid == 0) {
    /* the "privileged" side opens the file and hands it over */
    close(sv[0]);
    if (write(fd, "secret data\n", 12) != 12)
      _exit(2);
    _exit(send_fd(sv[1], fd, "logfile") == 0 ? 0 : 3);
  }
  close(sv[1]);
  close(fd); /* parent drops its own copy */
  char tag[32];
  int got = recv_fd(sv[0], tag, sizeof tag);
  int st;
  waitpid(pid, &st, 0);
  if (got < 0) {
    fprintf(stderr, "no descriptor received\n");
    return 1;
  }
  char buf[32] = "";
  ssize_t n = pread(got, buf, sizeof buf - 1, 0);
  if (n > 0)
    buf[n] = '\0';
  printf("received fd %d tagged '%s' containing: %s", got, tag, buf);
  close(got);
  close(sv[0]);
  return (strcmp(tag, "logfile") == 0 && strcmp(buf, "secret data\n") == 0 &&
          WEXITSTATUS(st) == 0)
             ? 0
             : 1;
}
