using CareerPlanner.Web.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CareerPlanner.UnitTests.Infrastructure;

public class PendingUploadsTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Two_files_previewed_in_two_tabs_both_wait_and_each_is_taken_once()
    {
        var store = new PendingUploads(clock);
        var backup = store.Keep("ada", [1]);
        var resume = store.Keep("ada", [2]);

        Assert.Equal([2], store.Take("ada", resume));
        Assert.Equal([1], store.Take("ada", backup));
        Assert.Null(store.Take("ada", backup));
    }

    [Fact]
    public void A_file_is_nobody_elses_and_is_gone_after_half_an_hour()
    {
        var store = new PendingUploads(clock);
        var token = store.Keep("ada", [1]);

        Assert.Null(store.Take("bea", token));
        clock.Advance(PendingUploads.KeptFor + TimeSpan.FromSeconds(1));
        Assert.Null(store.Take("ada", token));
    }

    [Fact]
    public void The_oldest_of_a_persons_files_makes_room_for_a_new_one_and_nobody_elses_does()
    {
        var store = new PendingUploads(clock);
        var beas = store.Keep("bea", [9]);
        var tokens = Enumerable.Range(1, PendingUploads.PerPerson + 1).Select(i =>
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            return store.Keep("ada", [(byte)i]);
        }).ToList();

        Assert.Null(store.Take("ada", tokens[0]));
        Assert.All(tokens.Skip(1), token => Assert.NotNull(store.Take("ada", token)));
        Assert.Equal([9], store.Take("bea", beas));
    }
}
