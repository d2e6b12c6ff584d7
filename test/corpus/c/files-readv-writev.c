/* Write a header and payload in one call with writev and scatter them back with
 * readv, as protocol encoders avoid extra copies. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/uio.h>

struct msg_header {
  uint32_t magic;
  uint16_t type;
  uint16_t len;
};

int main(void) {
  char path[] = "/tmp/iov.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    perror("mkstemp");
    return 1;
  }
  unlink(path);

  const char payload[] = "scatter-gather payload";
  struct msg_header h = {0xfeedbeef, 7, sizeof payload};
  const char trailer[4] = {'E', 'N', 'D', '\n'};
  struct iovec out[3] = {
      {&h, sizeof h},
      {(void *)payload, sizeof payload},
      {(void *)trailer, sizeof trailer},
  };
  ssize_t w = writev(fd, out, 3);
  if (w < 0) {
    perror("writev");
    return 1;
  }

  struct msg_header rh;
  char body[sizeof payload], tail[4];
  struct iovec in[3] = {
      {&rh, sizeof rh}, {body, sizeof body}, {tail, sizeof tail}};
  ssize_t r = preadv(fd, in, 3, 0);
  if (r < 0) {
    perror("preadv");
    return 1;
  }
  close(fd);
  printf("wrote %zd, read %zd: magic=%#x type=%u body=\"%s\"\n", w, r, rh.magic,
         rh.type, body);
  return (w == r && rh.magic == 0xfeedbeef && rh.len == sizeof payload &&
          strcmp(body, payload) == 0 && tail[0] == 'E')
             ? 0
             : 1;
}
