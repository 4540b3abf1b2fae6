using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
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

public sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        review.Property(r => r.CareerFit).HasConversion<string>().HasMaxLength(20);
        review.Property(r => r.WentWell).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.NextSteps).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.DoDifferently).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.CareerFitWhy).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.NewInformation).HasMaxLength(Review.TextMaxLength);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        review.HasMany(r => r.GoalNotes).WithOne().HasForeignKey(n => n.ReviewId).OnDelete(DeleteBehavior.Cascade);
        review.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Cascade);
        review.HasIndex(r => new { r.PlanId, r.HeldOn });
        // One quarterly review per quarter and one annual review per year, per plan.
        review.HasIndex(r => new { r.PlanId, r.Kind, r.PeriodStart }).IsUnique().HasFilter("\"Kind\" IN ('Quarterly', 'Annual')");
    }
}

public sealed class ReviewGoalNoteConfiguration : IEntityTypeConfiguration<ReviewGoalNote>
{
    public void Configure(EntityTypeBuilder<ReviewGoalNote> note)
    {
        note.Property(n => n.Judgement).HasConversion<string>().HasMaxLength(20);
        note.Property(n => n.Note).HasMaxLength(ReviewGoalNote.NoteMaxLength);
        note.HasOne<Goal>().WithMany().HasForeignKey(n => n.GoalId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        note.HasIndex(n => new { n.ReviewId, n.GoalId }).IsUnique();
    }
}

public sealed class ReviewChangeConfiguration : IEntityTypeConfiguration<ReviewChange>
{
    public void Configure(EntityTypeBuilder<ReviewChange> change)
    {
        change.Property(c => c.Field).HasMaxLength(ReviewChange.FieldMaxLength).IsRequired();
        change.Property(c => c.OldValue).HasMaxLength(Review.TextMaxLength);
        change.Property(c => c.NewValue).HasMaxLength(Review.TextMaxLength);
        change.HasIndex(c => new { c.ReviewId, c.ChangedAtUtc });
    }
}
