using DiplomacyBot.Core.Ingestion;

namespace DiplomacyBot.Core.Tests.Ingestion;

public sealed class PipelineTests
{
    [Fact]
    public void Worker_YieldsEveryResultInOrder()
    {
        using var worker = new Worker<int, int>(Enumerable.Range(1, 100), i => i * 2, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 100).Select(i => i * 2), worker.Results());
    }

    [Fact]
    public void Worker_RethrowsATransformFailureToTheConsumer()
    {
        using var worker = new Worker<int, int>(Enumerable.Range(1, 10), i => i == 5 ? throw new InvalidOperationException("bad input 5") : i, CancellationToken.None);

        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() => seen.AddRange(worker.Results()));

        Assert.Equal("bad input 5", error.Message);
        Assert.Equal([1, 2, 3, 4], seen);
    }

    [Fact]
    public void Worker_ReleasedByAConsumerThatStopsEarly_DoesNotHang()
    {
        var worker = new Worker<int, int>(Enumerable.Range(1, 1_000_000), i => i, CancellationToken.None);

        int first = worker.Results().First();
        worker.Dispose();

        Assert.Equal(1, first);
    }

    [Fact]
    public void Sink_ConsumesEverything_AndCompleteRethrowsAFailure()
    {
        var consumed = new List<int>();
        using (var sink = new Sink<int>(consumed.Add, CancellationToken.None))
        {
            for (int i = 0; i < 50; i++)
            {
                sink.Add(i);
            }

            sink.Complete();
        }

        Assert.Equal(Enumerable.Range(0, 50), consumed);

        using var failing = new Sink<int>(i => throw new IOException("disk full"), CancellationToken.None);
        failing.Add(1);
        Assert.Throws<IOException>(() =>
        {
            for (int i = 0; i < 10; i++)
            {
                failing.Add(i);
            }

            failing.Complete();
        });
    }
}
