/* Request graceful shutdown and reload through volatile sig_atomic_t flags set
 * by SIGTERM/SIGHUP handlers and polled by the main work loop. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>

static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t reload_requested;

static void on_term(int sig) {
  (void)sig;
  stop_requested = 1;
}
static void on_hup(int sig) {
  (void)sig;
  reload_requested = 1;
}

struct app {
  int generation;
  int processed;
  int flushed;
};

static void reload_config(struct app *a) { a->generation++; }
static void flush_state(struct app *a) { a->flushed = a->processed; }

static void process_item(struct app *a, int i) {
  a->processed++;
  if (i == 3)
    kill(getpid(), SIGHUP); /* stand-ins for an operator sending signals */
  if (i == 7)
    kill(getpid(), SIGTERM);
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = on_term;
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGINT, &sa, NULL);
  sa.sa_handler = on_hup;
  sigaction(SIGHUP, &sa, NULL);

  struct app app = {1, 0, 0};
  for (int i = 0; i < 1000 && !stop_requested; i++) {
    if (reload_requested) {
      reload_requested = 0;
      reload_config(&app);
      printf("reloaded configuration, generation %d\n", app.generation);
    }
    process_item(&app, i);
  }
  flush_state(&app);
  printf("shutting down cleanly after %d items (flushed %d)\n", app.processed,
         app.flushed);
  return (app.processed == 8 && app.generation == 2 && app.flushed == 8) ? 0
                                                                         : 1;
}
