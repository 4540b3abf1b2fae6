using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> goal)
    {
        goal.Property(g => g.Title).HasMaxLength(Goal.TitleMaxLength).IsRequired();
        goal.Property(g => g.Description).HasMaxLength(Goal.TextMaxLength).IsRequired();
        goal.Property(g => g.MetricType).HasConversion<string>().HasMaxLength(20);
        goal.Property(g => g.MetricWhat).HasMaxLength(Goal.ShortTextMaxLength);
        goal.Property(g => g.Unit).HasMaxLength(Goal.UnitMaxLength);
        goal.Property(g => g.Achievable).HasMaxLength(Goal.TextMaxLength).IsRequired();
        goal.Property(g => g.RelevanceReason).HasMaxLength(Goal.TextMaxLength);
        goal.Property(g => g.Horizon).HasConversion<string>().HasMaxLength(20);
        goal.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        goal.Property(g => g.DropReason).HasMaxLength(Goal.ReasonMaxLength);
        goal.Property(g => g.Version).IsConcurrencyToken();
        goal.HasOne<Plan>().WithMany().HasForeignKey(g => g.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        // A goal whose parent is deleted stands on its own rather than disappearing with it.
        goal.HasOne<Goal>().WithMany().HasForeignKey(g => g.ParentGoalId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        goal.HasMany(g => g.ItemLinks).WithOne().HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Cascade);
        goal.HasMany(g => g.OptionLinks).WithOne().HasForeignKey(l => l.GoalId).OnDelete(DeleteBehavior.Cascade);
        goal.HasIndex(g => new { g.PlanId, g.Horizon });
    }
}

public sealed class GoalItemLinkConfiguration : IEntityTypeConfiguration<GoalItemLink>
{
    public void Configure(EntityTypeBuilder<GoalItemLink> link)
    {
        link.HasKey(l => new { l.GoalId, l.SelfAssessmentItemId });
        link.HasOne<SelfAssessmentItem>().WithMany().HasForeignKey(l => l.SelfAssessmentItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class GoalOptionLinkConfiguration : IEntityTypeConfiguration<GoalOptionLink>
{
    public void Configure(EntityTypeBuilder<GoalOptionLink> link)
    {
        link.HasKey(l => new { l.GoalId, l.CareerOptionId });
        link.HasOne<CareerOption>().WithMany().HasForeignKey(l => l.CareerOptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProgressReadingConfiguration : IEntityTypeConfiguration<ProgressReading>
{
    public void Configure(EntityTypeBuilder<ProgressReading> reading)
    {
        reading.Property(r => r.Note).HasMaxLength(ProgressReading.NoteMaxLength);
        reading.HasOne<Goal>().WithMany().HasForeignKey(r => r.GoalId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        reading.HasIndex(r => new { r.GoalId, r.Date });
    }
}

public sealed class GoalChangeConfiguration : IEntityTypeConfiguration<GoalChange>
{
    public void Configure(EntityTypeBuilder<GoalChange> change)
    {
        change.Property(c => c.GoalTitle).HasMaxLength(Goal.TitleMaxLength).IsRequired();
        change.Property(c => c.Field).HasMaxLength(GoalChange.FieldMaxLength).IsRequired();
        change.Property(c => c.OldValue).HasMaxLength(GoalChange.ValueMaxLength);
        change.Property(c => c.NewValue).HasMaxLength(GoalChange.ValueMaxLength);
        change.Property(c => c.Reason).HasMaxLength(Goal.ReasonMaxLength);
        change.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        change.HasIndex(c => new { c.PlanId, c.GoalId, c.ChangedAtUtc });
        change.HasOne<Review>().WithMany().HasForeignKey(c => c.ReviewId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
    }
}
