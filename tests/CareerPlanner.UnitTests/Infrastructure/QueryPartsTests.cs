using System.Linq.Expressions;
using CareerPlanner.Web.Infrastructure;

namespace CareerPlanner.UnitTests.Infrastructure;

public class QueryPartsTests
{
    private static readonly Expression<Func<int[], int, IQueryable<string>>> Small = (numbers, limit) => numbers.AsQueryable().Where(n => n < limit).Select(n => $"small {n}");
    private static readonly Expression<Func<int[], int, IQueryable<string>>> Large = (all, bound) => all.AsQueryable().Where(n => n >= bound).Select(n => $"large {n}");

    [Fact]
    public void Parts_put_together_read_every_part_in_order_with_the_arguments_of_the_one_query()
    {
        var both = QueryParts.Concat(Small, Large).Compile();

        Assert.Equal(["small 1", "large 5", "large 7"], both([1, 5, 7], 5).ToList());
        Assert.Equal(["small 1", "small 5", "large 7"], both([1, 5, 7], 6).ToList());
    }

    [Fact]
    public void One_part_is_the_part_itself()
    {
        Assert.Same(Small.Body, QueryParts.Concat(Small).Body);
    }
}
