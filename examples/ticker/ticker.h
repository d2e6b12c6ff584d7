#ifndef TICKER_H
#define TICKER_H
/* A small shared library whose functions make syscalls the program's own
 * source never shows: the scan learns them from the library's machine code
 * (sysprune_harden's LIBS). */
long ticker_thread_id(void);
int ticker_pause_microseconds(long us);
#endif
