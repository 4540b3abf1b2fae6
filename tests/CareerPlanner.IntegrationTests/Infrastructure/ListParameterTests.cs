using CareerPlanner.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// A list in a query (a person's plan ids, say) goes to the database as one parameter, so the SQL is the same whatever
/// the list's length and EF Core reuses it; spread into one parameter per item it is generated anew on every request.
/// </summary>
public class ListParameterTests(CareerPlannerFactory factory) : IClassFixture<CareerPlannerFactory>
{
    [Fact]
    public async Task A_query_over_one_id_and_over_three_sends_the_same_sql()
    {
        _ = factory.Services; // the app started and its database migrated, so that only the queries below are recorded
        var one = await SqlOfGoalsInAsync([1]);
        var three = await SqlOfGoalsInAsync([1, 2, 3]);

        Assert.Equal(one, three);
    }

    private async Task<string> SqlOfGoalsInAsync(int[] planIds) => Assert.Single(await factory.SqlCommands.RecordAsync(() =>
        factory.WithDbAsync(db => db.Goals.Where(g => planIds.Contains(g.PlanId)).Select(g => g.Id).ToListAsync())));
}
