using FluentValidation;

namespace CareerPlanner.Web.Pages.History;

public class PositionModel(AppDbContext db, IValidator<PositionInput> validator) : HistoryItemModel<Position, PositionInput>(db, validator)
{
    protected override string RouteKey => "positionId";
    protected override string Section => "positions";
    protected override IQueryable<Position> Rows => Db.Positions;

    protected override Position New(string userId) => new(userId);
}
