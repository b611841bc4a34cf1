"""The matcher's index of the knowledge base's phrasings, and the scoring of a question against it.

Built once per knowledge base (see `bot.matcher.Matcher`); a question costs a walk over the postings of its
words. Kept apart from the matcher's decisions (answer, "did you mean", fallback) because this is the hot
path: it is written for speed, with the usual case (one exact vocabulary word) taking the short way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from bot.match_query import _Phrasing, _Query

MAX_CANDIDATES = 60  # entries scored in full (coverage, keywords) per question: more than the bundled base has
COMMON_SHARE = 0.05  # a word in more than this share of the phrasings reads like a stop word when scoring
COMMON_MIN_POSTINGS = 50


class PhrasingIndex:
    """Postings from each vocabulary word to the phrasings, the entries, and the entries' keywords that have it."""

    def __init__(
        self,
        phrasings: Sequence[_Phrasing],
        idf: Mapping[str, float],
        stop_words: Iterable[str],
        entry_vocab: Sequence[frozenset[str]],
        keyword_vocab: Sequence[frozenset[str]],
    ):
        self.idf = idf
        self._phrasing_entry = [phrasing.entry_index for phrasing in phrasings]
        self._phrasing_weight = [phrasing.weight for phrasing in phrasings]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for position, scored in enumerate(phrasings):
            for token in scored.tokens:
                self.postings[token].append(position)
        # Words in a large share of the phrasings (stop words, and concepts such as §event or §what_is)
        # only add to the phrasings a rarer word of the question has already chosen.
        common_cut = max(COMMON_MIN_POSTINGS, COMMON_SHARE * len(phrasings))
        stop = frozenset(stop_words)
        self._posting_sets = {
            token: frozenset(positions)
            for token, positions in self.postings.items()
            if token in stop or len(positions) > common_cut
        }
        self.entry_postings: dict[str, list[int]] = defaultdict(list)  # word -> the entries that have it
        self.keyword_postings: dict[str, list[int]] = defaultdict(list)  # word -> the entries it is a keyword of
        for index, words in enumerate(entry_vocab):
            for token in words:
                self.entry_postings[token].append(index)
        for index, words in enumerate(keyword_vocab):
            for token in words:
                self.keyword_postings[token].append(index)

    def scores(self, query: _Query) -> dict[int, float]:
        """Each candidate entry's score, 0-100: its best phrasing's, the share of the question its whole
        vocabulary explains, and the share its keywords do."""
        best_by_entry = self._best_phrasings(query)
        coverage, keyword_share = self._coverage(query)
        total_weight = query.total_weight
        return {
            index: 100.0
            * (
                0.55 * phrasing_score
                + 0.35 * coverage[index] / total_weight
                + 0.10 * keyword_share[index] / total_weight
            )
            for index, phrasing_score in best_by_entry.items()
        }

    def _best_phrasings(self, query: _Query) -> dict[int, float]:
        """Per entry, the score of its phrasing closest to the question."""
        weights, expansions, total_weight = query.weights, query.expansions, query.total_weight
        # Per phrasing, summed as postings are read: the query weight it explains (precision) and the
        # share of its own weight the query covers (recall). Each query word and each vocabulary word
        # counts once per phrasing, at its best similarity; an exact word (the usual case) needs no
        # bookkeeping of what was counted.
        precision_sums: dict[int, float] = defaultdict(float)
        best_hit: dict[tuple[int, int], float] = {}
        best_recall: dict[tuple[int, str], float] = {}
        exact_only = len({word for found in expansions for word, _ in found}) == sum(len(found) for found in expansions)
        # One vocabulary word per query word (the usual case): a word weighs its vocabulary word's IDF, so
        # what it explains of the query and what it covers of a phrasing are the same sum, kept once.
        one_each = exact_only and all(len(found) <= 1 for found in expansions)
        recall_sums: dict[int, float] = precision_sums if one_each else defaultdict(float)
        # Stop words ("de", "the", "في") are in most phrasings: once a content word has chosen the
        # candidates, they only add to those; a question made only of stop words reads them all.
        common = self._posting_sets
        stop = [bool(found) and all(word in common for word, _ in found) for found in expansions]
        # When every word is frequent, none chooses for the others: "and this closing breakfast, what it is
        # about?" is not read in the phrasings that have "and" alone.
        # Nor does a word no phrasing has ("vous pouvez me présenter le programme ?": "pouvez"): it chooses
        # nothing, and the first frequent word read ("vous") must not choose in its place.
        chosen_by_a_rare_word = any(not is_stop and found for is_stop, found in zip(stop, expansions, strict=True))
        for position in sorted(range(len(expansions)), key=lambda position: stop[position]):
            found, weight = expansions[position], weights[position]
            for vocab_word, similarity in found:
                postings: Iterable[int] = self.postings.get(vocab_word, ())
                if stop[position] and chosen_by_a_rare_word and precision_sums:  # the rarer words (read first) chose
                    postings = common[vocab_word].intersection(precision_sums)
                if one_each:
                    explained = weight * similarity
                    for phrasing_id in postings:
                        precision_sums[phrasing_id] += explained
                    continue
                idf = self.idf[vocab_word]
                if exact_only and len(found) == 1:
                    explained, covered = weight * similarity, idf * similarity
                    for phrasing_id in postings:
                        precision_sums[phrasing_id] += explained
                        recall_sums[phrasing_id] += covered
                    continue
                for phrasing_id in postings:
                    old = best_hit.get((phrasing_id, position), 0.0)
                    if similarity > old:
                        best_hit[(phrasing_id, position)] = similarity
                        precision_sums[phrasing_id] += weight * (similarity - old)
                    old = best_recall.get((phrasing_id, vocab_word), 0.0)
                    if similarity > old:
                        best_recall[(phrasing_id, vocab_word)] = similarity
                        recall_sums[phrasing_id] += idf * (similarity - old)
        best_by_entry: dict[int, float] = {}
        entry_of, weight_of = self._phrasing_entry, self._phrasing_weight
        for phrasing_id, precision_sum in precision_sums.items():
            precision = precision_sum / total_weight
            recall = recall_sums[phrasing_id] / weight_of[phrasing_id]
            # Weighted toward precision: a two-word question covers little of a full phrasing, and that is fine.
            score = (1.25 * precision * recall) / (0.25 * precision + recall) if precision and recall else 0.0
            index = entry_of[phrasing_id]
            if score > best_by_entry.get(index, -1.0):
                best_by_entry[index] = score
        if len(best_by_entry) > MAX_CANDIDATES:  # a large knowledge base: only the best phrasings' entries can win
            best_by_entry = dict(sorted(best_by_entry.items(), key=lambda item: item[1], reverse=True)[:MAX_CANDIDATES])
        return best_by_entry

    def _coverage(self, query: _Query) -> tuple[dict[int, float], dict[int, float]]:
        """Per entry: the query weight its whole vocabulary explains, and the weight its keywords do."""
        coverage: dict[int, float] = defaultdict(float)
        keyword_share: dict[int, float] = defaultdict(float)
        for weight, found in zip(query.weights, query.expansions, strict=False):
            if len(found) == 1:  # the usual case: one vocabulary word, no best similarity to keep per entry
                vocab_word, similarity = found[0]
                for index in self.entry_postings.get(vocab_word, ()):
                    coverage[index] += weight * similarity
                for index in self.keyword_postings.get(vocab_word, ()):
                    keyword_share[index] += weight
                continue
            best: dict[int, float] = {}
            with_keyword: set[int] = set()
            for vocab_word, similarity in found:
                for index in self.entry_postings.get(vocab_word, ()):
                    if similarity > best.get(index, 0.0):
                        best[index] = similarity
                with_keyword.update(self.keyword_postings.get(vocab_word, ()))
            for index, similarity in best.items():
                coverage[index] += weight * similarity
            for index in with_keyword:
                keyword_share[index] += weight
        return coverage, keyword_share
