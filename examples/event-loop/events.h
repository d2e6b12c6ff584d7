#ifndef EVENT_LOOP_EVENTS_H
#define EVENT_LOOP_EVENTS_H

/* The three event sources the example multiplexes with epoll. */
struct event_sources {
  int epoll_fd;
  int event_fd;   /* eventfd: a counter another part of the program bumps */
  int signal_fd;  /* signalfd: SIGUSR1, delivered as a readable fd */
  int inotify_fd; /* inotify: files created in a scratch directory */
  char watched_dir[64];
};

/* Creates every descriptor and registers it with epoll; 0 on success. */
int open_event_sources(struct event_sources *s);
/* Waits until each of the three sources has fired once; 0 on success. */
int run_event_loop(struct event_sources *s);
/* Closes everything and removes the scratch directory. */
void close_event_sources(struct event_sources *s);

#endif
