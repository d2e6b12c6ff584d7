/* Create a custom FILE with fopencookie whose write/read/seek/close callbacks
 * feed a growable buffer, as libraries do to adapt stdio to their own I/O. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <sys/types.h>

struct membuf {
  char *data;
  size_t len, cap, pos;
  int closed;
};

static ssize_t mb_write(void *c, const char *buf, size_t size) {
  struct membuf *m = c;
  if (m->pos + size > m->cap) {
    size_t ncap = (m->pos + size) * 2;
    char *p = realloc(m->data, ncap);
    if (!p)
      return -1;
    m->data = p;
    m->cap = ncap;
  }
  for (size_t i = 0; i < size; i++) /* upper-case filter */
    m->data[m->pos + i] = (char)toupper((unsigned char)buf[i]);
  m->pos += size;
  if (m->pos > m->len)
    m->len = m->pos;
  return (ssize_t)size;
}

static ssize_t mb_read(void *c, char *buf, size_t size) {
  struct membuf *m = c;
  size_t avail = m->len - m->pos;
  if (size > avail)
    size = avail;
  memcpy(buf, m->data + m->pos, size);
  m->pos += size;
  return (ssize_t)size;
}

static int mb_seek(void *c, off64_t *off, int whence) {
  struct membuf *m = c;
  off64_t base = whence == SEEK_SET   ? 0
                 : whence == SEEK_CUR ? (off64_t)m->pos
                                      : (off64_t)m->len;
  if (base + *off < 0 || base + *off > (off64_t)m->len)
    return -1;
  m->pos = (size_t)(base + *off);
  *off = (off64_t)m->pos;
  return 0;
}

static int mb_close(void *c) {
  ((struct membuf *)c)->closed = 1;
  return 0;
}

int main(void) {
  struct membuf m = {0};
  cookie_io_functions_t io = {
      .read = mb_read, .write = mb_write, .seek = mb_seek, .close = mb_close};
  FILE *fp = fopencookie(&m, "w+", io);
  if (!fp) {
    perror("fopencookie");
    return 1;
  }
  fprintf(fp, "hello %s, answer=%d\n", "cookie", 42);
  fputs("second line\n", fp);
  rewind(fp);
  char line[64];
  if (!fgets(line, sizeof line, fp)) {
    perror("fgets");
    return 1;
  }
  fclose(fp);
  printf("read back: %s", line);
  printf("total %zu bytes, closed=%d\n", m.len, m.closed);
  int ok =
      strcmp(line, "HELLO COOKIE, ANSWER=42\n") == 0 && m.closed && m.len == 36;
  free(m.data);
  return ok ? 0 : 1;
}
