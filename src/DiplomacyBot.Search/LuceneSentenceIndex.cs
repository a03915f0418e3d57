using System.Globalization;
using DiplomacyBot.Core.Articles;
using DiplomacyBot.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DiplomacyBot.Search;

/// <summary>
/// A Lucene.NET index with one document per sentence (English analysis, BM25). The store generation it reflects is
/// kept in each commit's user data, so a missing, stale or unreadable index is detected and rebuilt from the store.
/// </summary>
public sealed class LuceneSentenceIndex : IPassageIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string GenerationKey = "store-generation";

    /// <summary>The document layout; an index written with another one is rebuilt from the store.</summary>
    private const string SchemaKey = "schema";
    private const string Schema = "4";
    private const float TitleBoost = 0.3f;

    private readonly string _path;
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private readonly BM25Similarity _similarity = new();
    private readonly System.Threading.Lock _gate = new();
    private LuceneDirectory? _directory;

    /// <summary>
    /// The writer's view of the same folder, read with plain file reads: merges read whole segments, and through the
    /// memory-mapped directory searches use, every page a merge reads would count as this process's memory.
    /// </summary>
    private LuceneDirectory? _writeDirectory;
    private IndexWriter? _writer;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private TermLookups? _lookups;

    public LuceneSentenceIndex(string path)
    {
        _path = path;
    }

    /// <summary>The index folder for a store file: "&lt;db&gt;.index".</summary>
    public static string PathFor(string storePath) => storePath + ".index";

    public long Generation
    {
        get
        {
            lock (_gate)
            {
                try
                {
                    return Searcher() is { } searcher && ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData is var data
                        && data.TryGetValue(GenerationKey, out string? value) && data.TryGetValue(SchemaKey, out string? schema) && schema == Schema
                        ? long.Parse(value, CultureInfo.InvariantCulture)
                        : -1;
                }
                catch (Exception ex) when (ex is IOException or CorruptIndexException or FormatException)
                {
                    return -1;
                }
            }
        }
    }

    public void Upsert(IReadOnlyList<Article> articles, IReadOnlySet<string> replaced)
    {
        lock (_gate)
        {
            IndexWriter writer = Writer(OpenMode.CREATE_OR_APPEND);
            foreach (Article article in articles)
            {
                if (replaced.Contains(article.Id))
                {
                    writer.DeleteDocuments(new Term("article", article.Id));
                }

                AddArticle(writer, article);
            }
        }
    }

    public void Commit(long generation)
    {
        lock (_gate)
        {
            CommitAndRefresh(Writer(OpenMode.CREATE_OR_APPEND), generation);
        }
    }

    public void Rebuild(IEnumerable<Article> articles, long generation)
    {
        lock (_gate)
        {
            CloseAll();
            if (System.IO.Directory.Exists(_path))
            {
                System.IO.Directory.Delete(_path, recursive: true);
            }

            IndexWriter writer = Writer(OpenMode.CREATE);
            foreach (Article article in articles)
            {
                AddArticle(writer, article);
            }

            CommitAndRefresh(writer, generation);
            MergeIntoOne(generation);
        }
    }

    public void Compact()
    {
        lock (_gate)
        {
            if (Searcher() is { } searcher && ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData.TryGetValue(GenerationKey, out string? value))
            {
                MergeIntoOne(long.Parse(value, CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>
    /// One segment instead of several: every term a search looks up, every postings list it walks and every scorer it
    /// builds is then one per search rather than one per segment.
    /// </summary>
    private void MergeIntoOne(long generation)
    {
        if (_reader is { } reader && reader.Leaves.Count > 1)
        {
            IndexWriter writer = Writer(OpenMode.CREATE_OR_APPEND);
            writer.ForceMerge(1);
            CommitAndRefresh(writer, generation);
        }
    }

    public PassageSearchResult Search(PassageQuery query, int limit)
    {
        IndexSearcher? searcher;
        TermLookups? lookups;
        lock (_gate)
        {
            searcher = Searcher();
            lookups = searcher is null ? null
                : _lookups is { } current && ReferenceEquals(current.Reader, searcher.IndexReader) ? current
                : _lookups = new TermLookups(searcher.IndexReader);
        }

        // Alternatives that analyse to the same words ("agreed" and "agree", "bank" and "banks") are one clause, at the
        // highest weight asked for: repeating it would add nothing but another pass over the same postings.
        var groupTokens = query.Groups.Select(g => g.Terms
            .Select(t => (Tokens: Analyze(t.Text), t.Boost))
            .Where(t => t.Tokens.Count > 0)
            .GroupBy(t => string.Join(' ', t.Tokens), StringComparer.Ordinal)
            .Select(same => same.MaxBy(t => t.Boost))
            .ToList()).ToList();
        if (searcher is null)
        {
            return new PassageSearchResult([], groupTokens.Select(_ => 0.0).ToList(), 0);
        }

        IndexReader reader = searcher.IndexReader;
        TermLookups terms = lookups!;
        int docs = Math.Max(1, reader.NumDocs);
        var idf = groupTokens.Select(alternatives => alternatives.Count == 0 ? 0.0 : alternatives.Max(t => t.Tokens.Max(token => Idf(terms.DocFreq("text", token), docs)))).ToList();
        var occurrences = groupTokens.Select(alternatives => alternatives.Count == 0 ? 0
            : alternatives.Max(a => a.Tokens.Min(token => terms.DocFreq("text", token) + terms.DocFreq("title", token) + terms.DocFreq("dateline", token)))).ToList();

        var root = new BooleanQuery();
        for (int g = 0; g < query.Groups.Count; g++)
        {
            var group = new DisjunctionMaxQuery(0.1f);
            float strongest = groupTokens[g].Count == 0 ? 0 : groupTokens[g].Max(t => t.Boost);
            foreach (var (tokens, boost) in groupTokens[g])
            {
                float weight = boost * query.Groups[g].Weight;
                group.Add(Clause("text", tokens, weight, terms));
                if (boost >= strongest)
                {
                    group.Add(Clause("title", tokens, weight * TitleBoost, terms));
                }
            }

            if (group.Disjuncts.Count > 0)
            {
                root.Add(group, Occur.SHOULD);
            }
        }

        if (root.Clauses.Count == 0)
        {
            return new PassageSearchResult([], idf, reader.NumDocs) { GroupOccurrences = occurrences };
        }

        // Undated articles are indexed with an empty date, which sorts before every day: an open lower bound keeps them.
        Filter? asOf = query.PublishedBy is { } day
            ? new QueryWrapperFilter(TermRangeQuery.NewStringRange("published", null, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false, true))
            : null;
        ScoreDoc[] found = query.IncludeOnly ? [] : searcher.Search(root, asOf, limit).ScoreDocs;
        int ranked = found.Length;
        if (query.Include.Count > 0)
        {
            found = [.. found, .. Included(searcher, root, query.Include, found)];
        }

        // Which words each hit holds comes from the postings and where it is from doc values: no stored document is
        // decompressed, which is most of a search's cost otherwise.
        int[] docIds = found.Select(d => d.Doc).Distinct().Order().ToArray();
        ulong[] textGroups = GroupsPresent(reader, terms, "text", docIds, groupTokens);
        ulong[] titleGroups = GroupsPresent(reader, terms, "title", docIds, groupTokens);
        var leaves = reader.Leaves;
        var hits = new List<PassageHit>(found.Length);
        var bytes = new BytesRef();
        for (int i = 0; i < found.Length; i++)
        {
            ScoreDoc scoreDoc = found[i];
            AtomicReaderContext leaf = leaves[ReaderUtil.SubIndex(scoreDoc.Doc, leaves)];
            leaf.AtomicReader.GetBinaryDocValues(PlaceField).Get(scoreDoc.Doc - leaf.DocBase, bytes);
            var (articleId, sentence, start, end) = DecodePlace(bytes);
            int at = Array.BinarySearch(docIds, scoreDoc.Doc);
            hits.Add(new PassageHit(articleId, sentence, start, end, scoreDoc.Score, textGroups[at], titleGroups[at]) { Bm25Rank = i < ranked ? i + 1 : 0 });
        }

        return new PassageSearchResult(hits, idf, reader.NumDocs) { GroupOccurrences = occurrences };
    }

    /// <summary>
    /// The asked-for sentences that the BM25 top did not include, each with its BM25 score for the same query (zero
    /// when it holds none of the words): each is found by its id in the postings, and the query is scored on just
    /// those documents.
    /// </summary>
    private static IEnumerable<ScoreDoc> Included(IndexSearcher searcher, Query root, IReadOnlyList<SentenceKey> include, ScoreDoc[] top)
    {
        var seen = top.Select(d => d.Doc).ToHashSet();
        var wanted = new SortedSet<int>();
        string[] keys = [.. include.Select(key => $"{key.ArticleId}#{key.SentenceIndex}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        foreach (AtomicReaderContext leaf in searcher.IndexReader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms("id") is not { } ids)
            {
                continue;
            }

            TermsEnum terms = ids.GetEnumerator();
            DocsEnum? docs = null;
            IBits? live = leaf.AtomicReader.LiveDocs;
            // In term order, so each seek starts from where the last one ended (keys of one article share their blocks).
            foreach (string key in keys)
            {
                if (!terms.SeekExact(new BytesRef(key)))
                {
                    continue;
                }

                docs = terms.Docs(live, docs, DocsFlags.NONE);
                for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (!seen.Contains(leaf.DocBase + doc))
                    {
                        wanted.Add(leaf.DocBase + doc);
                    }
                }
            }
        }

        if (wanted.Count == 0)
        {
            return [];
        }

        // The filter leads: the query's postings are only advanced to the few wanted documents, never walked in full.
        var scored = searcher.Search(new FilteredQuery(root, new DocumentsFilter(wanted), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY), wanted.Count).ScoreDocs;
        var unscored = wanted.Except(scored.Select(d => d.Doc)).Select(doc => new ScoreDoc(doc, 0));
        return [.. scored, .. unscored];
    }

    /// <summary>Just the given documents (top-level numbers).</summary>
    private sealed class DocumentsFilter(SortedSet<int> documents) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            int max = context.AtomicReader.MaxDoc;
            var bits = new FixedBitSet(max);
            bool any = false;
            foreach (int doc in documents.GetViewBetween(context.DocBase, context.DocBase + max - 1))
            {
                if (acceptDocs is null || acceptDocs.Get(doc - context.DocBase))
                {
                    bits.Set(doc - context.DocBase);
                    any = true;
                }
            }

            return any ? bits : null;
        }
    }

    public IReadOnlyList<string> SimilarWords(string word, int maxEdits, int limit)
    {
        IndexSearcher? searcher;
        lock (_gate)
        {
            searcher = Searcher();
        }

        var tokens = Analyze(word);
        if (searcher is null || tokens.Count != 1 || limit <= 0)
        {
            return [];
        }

        string token = tokens[0];
        var term = new Term("text", token);
        IndexReader reader = searcher.IndexReader;
        if (reader.DocFreq(term) > 0)
        {
            return [];
        }

        // Edits allowed grow with the word's length; the first letter is kept (typos rarely change it).
        int edits = Math.Min(maxEdits, token.Length <= 4 ? 0 : token.Length <= 7 ? 1 : 2);
        if (edits == 0)
        {
            return [];
        }

        // A slip of one letter is mended on the word as typed, before it is stemmed: "commitmnets" is "commitments",
        // though the stems "commitmnet" and "commit" are four edits apart.
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string typed in OneSlipFrom(word.ToLowerInvariant()))
        {
            if (Analyze(typed) is [var stem] && stem != token && reader.DocFreq(new Term("text", stem)) is var count and > 0)
            {
                found[stem] = count;
            }
        }

        if (found.Count > 0)
        {
            return [.. found.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(limit).Select(kv => kv.Key)];
        }

        foreach (AtomicReaderContext leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms("text") is not { } terms)
            {
                continue;
            }

            var fuzzy = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), term, edits, 1, transpositions: true);
            while (fuzzy.MoveNext())
            {
                string candidate = fuzzy.Term.Utf8ToString();
                found[candidate] = found.GetValueOrDefault(candidate) + fuzzy.DocFreq;
            }
        }

        return [.. found.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(limit).Select(kv => kv.Key)];
    }

    /// <summary>
    /// The words one slip of the keyboard from <paramref name="word"/>: a letter dropped, doubled or wrong, or two
    /// letters swapped. The first letter is kept; a word with anything but letters gives none.
    /// </summary>
    private static IEnumerable<string> OneSlipFrom(string word)
    {
        if (word.Length < 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return [];
        }

        var slips = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i <= word.Length; i++)
        {
            if (i < word.Length)
            {
                slips.Add(word.Remove(i, 1));
                if (i + 1 < word.Length)
                {
                    slips.Add(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2)));
                }
            }

            for (char c = 'a'; c <= 'z'; c++)
            {
                slips.Add(word.Insert(i, c.ToString()));
                if (i < word.Length && word[i] != c)
                {
                    slips.Add(string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1)));
                }
            }
        }

        slips.Remove(word);
        return slips;
    }

    /// <summary>The searcher on the last commit, for other queries on the same index; null while there is no index.</summary>
    internal IndexSearcher? CurrentSearcher()
    {
        lock (_gate)
        {
            return Searcher();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            CloseAll();
            _analyzer.Dispose();
        }
    }

    private static double Idf(int df, int docs) => Math.Log(1 + ((docs - df + 0.5) / (df + 0.5)));

    private static Query Clause(string field, List<string> tokens, float boost, TermLookups terms)
    {
        Query query;
        if (tokens.Count == 1)
        {
            query = new TermQuery(new Term(field, tokens[0]), terms.Context(field, tokens[0]));
        }
        else
        {
            var phrase = new PhraseQuery { Slop = 1 };
            foreach (string token in tokens)
            {
                phrase.Add(new Term(field, token));
            }

            query = phrase;
        }

        query.Boost = boost;
        return query;
    }

    /// <summary>For each of the sorted documents, the groups with an alternative whose every token the field holds.</summary>
    private static ulong[] GroupsPresent(IndexReader reader, TermLookups terms, string field, int[] docIds, List<List<(List<string> Tokens, float Boost)>> groups)
    {
        var leaves = reader.Leaves;
        var leafOf = docIds.Select(doc => ReaderUtil.SubIndex(doc, leaves)).ToArray();
        var enums = new TermsEnum?[leaves.Count];
        var postings = new DocsEnum?[leaves.Count];
        var holders = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        bool[] Holders(string token)
        {
            if (holders.TryGetValue(token, out bool[]? found))
            {
                return found;
            }

            found = new bool[docIds.Length];
            TermContext context = terms.Context(field, token);
            var bytes = new BytesRef(token);
            for (int i = 0; i < docIds.Length;)
            {
                // The hits of one segment at a time, walking the term's postings there from the state already looked up.
                int leaf = leafOf[i];
                int end = i;
                while (end < docIds.Length && leafOf[end] == leaf)
                {
                    end++;
                }

                if (context.Get(leaves[leaf].Ord) is { } state && leaves[leaf].AtomicReader.GetTerms(field) is { } fieldTerms)
                {
                    TermsEnum termsEnum = enums[leaf] ??= fieldTerms.GetEnumerator();
                    termsEnum.SeekExact(bytes, state);
                    DocsEnum docs = postings[leaf] = termsEnum.Docs(null, postings[leaf], DocsFlags.NONE);
                    int docBase = leaves[leaf].DocBase;
                    int current = -1;
                    for (int j = i; j < end; j++)
                    {
                        int target = docIds[j] - docBase;
                        if (current < target)
                        {
                            current = docs.Advance(target);
                        }

                        found[j] = current == target;
                    }
                }

                i = end;
            }

            holders[token] = found;
            return found;
        }

        var masks = new ulong[docIds.Length];
        for (int g = 0; g < groups.Count && g < 64; g++)
        {
            foreach ((List<string> tokens, _) in groups[g])
            {
                var present = tokens.Select(Holders).ToList();
                for (int i = 0; i < docIds.Length; i++)
                {
                    if (present.TrueForAll(p => p[i]))
                    {
                        masks[i] |= 1UL << g;
                    }
                }
            }
        }

        return masks;
    }

    /// <summary>
    /// Each (field, word)'s postings looked up once per reader, in every segment: the statistics, the query and the
    /// check of which hits hold it all start from the same term states instead of seeking the term dictionary again,
    /// and a word asked about again is not looked up again until the index changes. Lookups walk one term dictionary
    /// enumerator per segment and field rather than a new one per word (each allocates its own buffers).
    /// </summary>
    private sealed class TermLookups(IndexReader reader)
    {
        /// <summary>Term states kept before the memory starts over (each holds a few dozen bytes a segment).</summary>
        private const int Remembered = 100_000;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Token), TermContext> _contexts = new();
        private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enums = [];
        private readonly Lock _seek = new();

        public IndexReader Reader => reader;

        public TermContext Context(string field, string token)
        {
            if (_contexts.TryGetValue((field, token), out TermContext? known))
            {
                return known;
            }

            lock (_seek)
            {
                if (_contexts.TryGetValue((field, token), out known))
                {
                    return known;
                }

                var context = new TermContext(reader.Context);
                var bytes = new BytesRef(token);
                foreach (AtomicReaderContext leaf in reader.Leaves)
                {
                    if (!_enums.TryGetValue((leaf.Ord, field), out TermsEnum? terms))
                    {
                        terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                        _enums[(leaf.Ord, field)] = terms;
                    }

                    if (terms is not null && terms.SeekExact(bytes))
                    {
                        context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
                    }
                }

                if (_contexts.Count >= Remembered)
                {
                    _contexts.Clear();
                }

                _contexts[(field, token)] = context;
                return context;
            }
        }

        public int DocFreq(string field, string token) => Context(field, token).DocFreq;
    }

    /// <summary>The words of <paramref name="text"/> as the index analyses sentence text.</summary>
    internal List<string> Analyze(string text)
    {
        var tokens = new List<string>();
        using TokenStream stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    /// <summary>
    /// Where a sentence is, as one doc value: its index, start and end as variable-length integers, then the article
    /// id in UTF-8. Searches read hits from it; nothing else is stored but the text, which the plain baseline reads.
    /// </summary>
    private const string PlaceField = "place_dv";

    private void AddArticle(IndexWriter writer, Article article) => (_document ??= new SentenceDocument(_analyzer)).Add(writer, article);

    /// <summary>Reused for every sentence indexed (under the gate): the fields of the document being added.</summary>
    private SentenceDocument? _document;

    /// <summary>
    /// One sentence's document, its fields reused from sentence to sentence as Lucene recommends (the writer copies what
    /// it keeps while adding), and the article's title and dateline analysed once an article rather than once a
    /// sentence: each sentence's document gets the same tokens, positions and offsets from them.
    /// </summary>
    private sealed class SentenceDocument
    {
        private readonly Analyzer _analyzer;
        private readonly StringField _id = new("id", string.Empty, Field.Store.NO);
        private readonly StringField _article = new("article", string.Empty, Field.Store.NO);
        private readonly TextField _text = new("text", string.Empty, Field.Store.YES);
        private readonly AnalysedText _titleTokens = new();
        private readonly TextField _title;
        private readonly StringField _published = new("published", string.Empty, Field.Store.NO);
        private readonly BinaryDocValuesField _place = new(PlaceField, new BytesRef());
        private readonly AnalysedText _datelineTokens = new();
        private readonly TextField _dateline;
        private readonly Document _withDateline;
        private readonly Document _withoutDateline;

        public SentenceDocument(Analyzer analyzer)
        {
            _analyzer = analyzer;
            _title = new TextField("title", _titleTokens);
            _dateline = new TextField("dateline", _datelineTokens);
            _withoutDateline = [_id, _article, _text, _title, _published, _place];
            // Not searched: the dateline tells the answerer that a place the question names is one the corpus knows.
            _withDateline = [_id, _article, _text, _title, _published, _place, _dateline];
        }

        public void Add(IndexWriter writer, Article article)
        {
            string? dateline = Dateline.PlaceOf(article);
            _article.SetStringValue(article.Id);
            _published.SetStringValue(article.Published.Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
            _titleTokens.Analyse(_analyzer, "title", article.Title);
            if (dateline is not null)
            {
                _datelineTokens.Analyse(_analyzer, "dateline", dateline);
            }

            Document document = dateline is null ? _withoutDateline : _withDateline;
            byte[] id = System.Text.Encoding.UTF8.GetBytes(article.Id);
            foreach (Sentence sentence in article.Sentences)
            {
                _id.SetStringValue($"{article.Id}#{sentence.Index}");
                _text.SetStringValue(sentence.TextOf(article));
                _place.SetBytesValue(EncodePlace(id, sentence));
                writer.AddDocument(document);
            }
        }
    }

    /// <summary>
    /// A text analysed once (its tokens, position increments and offsets, and the final state the analysis ends
    /// on) and replayed as the token stream of a field in any number of documents.
    /// </summary>
    private sealed class AnalysedText : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private readonly List<(string Term, int Increment, int Start, int End)> _tokens = [];
        private int _next;
        private int _finalIncrement;
        private int _finalOffset;

        public AnalysedText()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void Analyse(Analyzer analyzer, string field, string text)
        {
            _tokens.Clear();
            using TokenStream stream = analyzer.GetTokenStream(field, text);
            ICharTermAttribute term = stream.AddAttribute<ICharTermAttribute>();
            IPositionIncrementAttribute increment = stream.AddAttribute<IPositionIncrementAttribute>();
            IOffsetAttribute offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                _tokens.Add((term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset));
            }

            stream.End();
            _finalIncrement = increment.PositionIncrement;
            _finalOffset = offset.EndOffset;
        }

        public override bool IncrementToken()
        {
            if (_next >= _tokens.Count)
            {
                return false;
            }

            ClearAttributes();
            var (term, increment, start, end) = _tokens[_next++];
            _term.SetEmpty().Append(term);
            _increment.PositionIncrement = increment;
            _offset.SetOffset(start, end);
            return true;
        }

        public override void End()
        {
            base.End();
            _increment.PositionIncrement = _finalIncrement;
            _offset.SetOffset(_finalOffset, _finalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }

    private static BytesRef EncodePlace(byte[] articleId, Sentence sentence)
    {
        var bytes = new byte[(3 * 5) + articleId.Length];
        int length = 0;
        foreach (int value in (ReadOnlySpan<int>)[sentence.Index, sentence.Start, sentence.End])
        {
            uint rest = (uint)value;
            while (rest >= 0x80)
            {
                bytes[length++] = (byte)(rest | 0x80);
                rest >>= 7;
            }

            bytes[length++] = (byte)rest;
        }

        articleId.CopyTo(bytes, length);
        return new BytesRef(bytes, 0, length + articleId.Length);
    }

    private static (string ArticleId, int Sentence, int Start, int End) DecodePlace(BytesRef place)
    {
        int at = place.Offset;
        int Next()
        {
            uint value = 0;
            for (int shift = 0; ; shift += 7)
            {
                byte b = place.Bytes[at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)value;
                }
            }
        }

        int sentence = Next();
        int start = Next();
        int end = Next();
        return (System.Text.Encoding.UTF8.GetString(place.Bytes, at, place.Offset + place.Length - at), sentence, start, end);
    }

    private IndexWriter Writer(OpenMode mode)
    {
        if (_writer is not null)
        {
            return _writer;
        }

        System.IO.Directory.CreateDirectory(_path);
        _directory ??= Lucene.Net.Store.FSDirectory.Open(_path);
        _writeDirectory ??= new Lucene.Net.Store.NIOFSDirectory(new System.IO.DirectoryInfo(_path));
        var config = new IndexWriterConfig(Version, _analyzer)
        {
            OpenMode = mode,
            Similarity = _similarity,
            // Small enough that a long ingest writes its segments as it goes, on the thread that adds the documents,
            // instead of leaving one large segment for the final commit to write after everything else is done.
            RAMBufferSizeMB = 8,
        };
        _writer = new IndexWriter(_writeDirectory, config);
        return _writer;
    }

    private void CommitAndRefresh(IndexWriter writer, long generation)
    {
        writer.SetCommitData(new Dictionary<string, string> { [GenerationKey] = generation.ToString(CultureInfo.InvariantCulture), [SchemaKey] = Schema });
        writer.Commit();
        DirectoryReader? reader = _reader is null ? DirectoryReader.Open(_directory!) : DirectoryReader.OpenIfChanged(_reader);
        if (reader is not null)
        {
            _reader?.Dispose();
            _reader = reader;
            _searcher = new IndexSearcher(reader) { Similarity = _similarity };
        }
    }

    private IndexSearcher? Searcher()
    {
        if (_searcher is not null)
        {
            return _searcher;
        }

        if (!System.IO.Directory.Exists(_path))
        {
            return null;
        }

        _directory ??= Lucene.Net.Store.FSDirectory.Open(_path);
        if (!DirectoryReader.IndexExists(_directory))
        {
            return null;
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = _similarity };
        return _searcher;
    }

    private void CloseAll()
    {
        // Rollback closes the writer discarding anything not committed: only Commit makes changes durable.
        _writer?.Rollback();
        _writer = null;
        _reader?.Dispose();
        _reader = null;
        _searcher = null;
        _directory?.Dispose();
        _directory = null;
        _writeDirectory?.Dispose();
        _writeDirectory = null;
    }
}
