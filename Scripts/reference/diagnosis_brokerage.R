# Gould-Fernandez brokerage with R sna, called by diagnosis_fixtures.py (not meant to be run by hand).
#
# Usage: Rscript Scripts/reference/diagnosis_brokerage.R MANIFEST OUTPUT
#
# MANIFEST is a tab-separated file without header, one job per line:
#   KEY <TAB> ADJACENCY_FILE <TAB> GROUPS_FILE
# ADJACENCY_FILE holds an n x n 0/1 matrix (comma-separated, no header; row i, column j = 1 when there is an arc
# i -> j; an undirected network is passed as its symmetric matrix, so every tie is an arc both ways).
# GROUPS_FILE holds one group label per line, in node order (no header).
#
# The call is exactly  sna::brokerage(m, cl)  with m the adjacency matrix and cl the character vector of labels
# (Gould & Fernandez 1989, "Structures of mediation: a formal approach to brokerage in transaction networks",
# Sociological Methodology 19:89-126; sna 2.7 documentation of brokerage()). sna counts, for each actor v, the
# ordered pairs (a, b), a != b, with a -> v -> b and no arc a -> b, and classifies them by the groups of (a, v, b):
# w_I coordinator, w_O itinerant, b_IO representative, b_OI gatekeeper, b_O liaison, t = total.
#
# OUTPUT starts with  __sna_version__ <TAB> VERSION  and then has, per job, tab-separated lines
#   KEY <TAB> raw.nli|exp.nli|z.nli <TAB> ROW (1-based actor index) <TAB> six comma-separated values
#   KEY <TAB> raw.gli|exp.gli|z.gli <TAB> 0 <TAB> six comma-separated values
# (columns w_I, w_O, b_IO, b_OI, b_O, t), every number printed with 17 significant digits; NaN and Inf are
# printed as R prints them (NaN, Inf, -Inf).

suppressPackageStartupMessages(library(sna))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript diagnosis_brokerage.R MANIFEST OUTPUT")
jobs <- read.table(args[1], sep = "\t", header = FALSE, stringsAsFactors = FALSE, quote = "",
                   comment.char = "", col.names = c("key", "adj", "groups"))
fmt <- function(x) paste(sprintf("%.17g", x), collapse = ",")
lines <- paste("__sna_version__", as.character(packageVersion("sna")), sep = "\t")
for (i in seq_len(nrow(jobs))) {
  m <- as.matrix(read.csv(jobs$adj[i], header = FALSE))
  dimnames(m) <- NULL
  cl <- readLines(jobs$groups[i], encoding = "UTF-8")
  stopifnot(length(cl) == nrow(m))
  b <- brokerage(m, cl)
  key <- jobs$key[i]
  for (what in c("raw.nli", "exp.nli", "z.nli")) {
    x <- b[[what]]
    for (r in seq_len(nrow(x))) lines <- c(lines, paste(key, what, r, fmt(x[r, ]), sep = "\t"))
  }
  for (what in c("raw.gli", "exp.gli", "z.gli")) {
    lines <- c(lines, paste(key, what, 0, fmt(b[[what]]), sep = "\t"))
  }
}
writeLines(lines, args[2], useBytes = TRUE)
