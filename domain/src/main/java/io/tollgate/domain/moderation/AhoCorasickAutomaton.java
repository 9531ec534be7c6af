package io.tollgate.domain.moderation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The automaton behind {@link SensitiveWordMatcher}: a trie with failure and dictionary links, stored in
 * flat arrays. The root's transitions are a dense table because most steps in real text start there.
 */
final class AhoCorasickAutomaton {

    static final int ROOT = 0;
    static final int NONE = -1;

    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] fail;
    private final int[] word;
    private final int[] dictionaryLink;

    private AhoCorasickAutomaton(List<Map<Character, Integer>> children, int[] word) {
        int nodes = children.size();
        this.word = word;
        this.edgeStart = new int[nodes + 1];
        int edges = children.stream().mapToInt(Map::size).sum();
        this.edgeChar = new char[edges];
        this.edgeTarget = new int[edges];
        int at = 0;
        for (int node = 0; node < nodes; node++) {
            edgeStart[node] = at;
            for (Map.Entry<Character, Integer> edge : children.get(node).entrySet()) {
                edgeChar[at] = edge.getKey();
                edgeTarget[at++] = edge.getValue();
            }
        }
        edgeStart[nodes] = at;
        children.get(ROOT).forEach((c, target) -> rootNext[c] = target);
        this.fail = new int[nodes];
        this.dictionaryLink = new int[nodes];
        linkBreadthFirst();
    }

    /** An automaton for these (already normalised, non-empty) words; word i is reported as i. */
    static AhoCorasickAutomaton build(List<String> words) {
        List<Map<Character, Integer>> children = new ArrayList<>();
        children.add(new TreeMap<>());
        List<Integer> wordAt = new ArrayList<>(List.of(NONE));
        for (int w = 0; w < words.size(); w++) {
            int node = ROOT;
            for (char c : words.get(w).toCharArray()) {
                Integer child = children.get(node).get(c);
                if (child == null) {
                    child = children.size();
                    children.add(new TreeMap<>());
                    wordAt.add(NONE);
                    children.get(node).put(c, child);
                }
                node = child;
            }
            if (wordAt.get(node) == NONE) {
                wordAt.set(node, w);
            }
        }
        return new AhoCorasickAutomaton(children, wordAt.stream().mapToInt(Integer::intValue).toArray());
    }

    int next(int state, char c) {
        while (state != ROOT) {
            int target = edge(state, c);
            if (target != NONE) {
                return target;
            }
            state = fail[state];
        }
        return rootNext[c];
    }

    /** The state itself when a word ends there, else the nearest suffix state where one does, else NONE. */
    int outputState(int state) {
        return word[state] != NONE ? state : dictionaryLink[state];
    }

    int dictionaryLink(int state) {
        return dictionaryLink[state];
    }

    int wordAt(int state) {
        return word[state];
    }

    private int edge(int state, char c) {
        int low = edgeStart[state];
        int high = edgeStart[state + 1] - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char key = edgeChar[mid];
            if (key < c) {
                low = mid + 1;
            } else if (key > c) {
                high = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return NONE;
    }

    private void linkBreadthFirst() {
        Arrays.fill(dictionaryLink, NONE);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int e = edgeStart[ROOT]; e < edgeStart[ROOT + 1]; e++) {
            fail[edgeTarget[e]] = ROOT;
            queue.add(edgeTarget[e]);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                int child = edgeTarget[e];
                int suffix = next(fail[node], edgeChar[e]);
                fail[child] = suffix;
                dictionaryLink[child] = word[suffix] != NONE ? suffix : dictionaryLink[suffix];
                queue.add(child);
            }
        }
    }
}
