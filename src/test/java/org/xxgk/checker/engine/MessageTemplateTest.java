package org.xxgk.checker.engine;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageTemplateTest {
    public record Total(String name, BigDecimal value, Part part) {
    }

    public record Part(String label) {
    }

    @Test
    void bracketedTextAppearsOnlyWhenEveryValueInsideIsThere() {
        MessageTemplate template = MessageTemplate.parse("{$total.name}：{$total.value}[（其中 {$total.part.label}）]");

        assertThat(template.render(Map.of("$total", new Total("总计", new BigDecimal("24"), new Part("维持")))))
                .isEqualTo("总计：24（其中 维持）");
        assertThat(template.render(Map.of("$total", new Total("总计", new BigDecimal("24"), null))))
                .isEqualTo("总计：24");
    }

    @Test
    void aLongListIsCutShortWithItsCountAndAShortOneIsWrittenInFull() {
        MessageTemplate template = MessageTemplate.parse("未填写：{$cells}");

        assertThat(template.render(Map.of("$cells", List.of("A", "B", "C", "D", "E", "F", "G", "H"))))
                .isEqualTo("未填写：A、B、C、D、E、F、G、H");
        assertThat(template.render(Map.of("$cells", List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J"))))
                .isEqualTo("未填写：A、B、C、D、E、F、G、H等，共10项");
    }

    public record Broken(String name) {
        public int count() {
            throw new ArithmeticException("a defect in an accessor");
        }
    }

    @Test
    void anAccessorThatFailsFailsTheMessageInsteadOfLeavingItsPartOut() {
        MessageTemplate template = MessageTemplate.parse("{$x.name}[：{$x.count}件]");

        assertThatThrownBy(() -> template.render(Map.of("$x", new Broken("表四"))))
                .hasRootCauseInstanceOf(ArithmeticException.class).hasMessageContaining("count");
    }

    @Test
    void aPropertyTheBindingsTypeLacksIsNamedWithTheOnesItHas() {
        MessageTemplate template = MessageTemplate.parse("{$total.value}[（{$total.part.lable}）]");

        assertThat(template.unknownProperty(binding -> binding.equals("$total") ? Total.class : null))
                .contains("{$total.part.lable}：Part 没有属性“lable”（有：label）");
        assertThat(MessageTemplate.parse("{$total.part.label} {$other.anything}")
                .unknownProperty(binding -> binding.equals("$total") ? Total.class : null)).isEmpty();
    }

    @Test
    void aTypeThatIsNotFinalIsJudgedOnlyWhenTheReportIsChecked() {
        // a List binding may be any list at run time: the template cannot be judged from the declared type
        MessageTemplate template = MessageTemplate.parse("{$items.size}/{$items.lenght}");

        assertThat(template.unknownProperty(binding -> List.class)).isEmpty();
        assertThat(template.render(Map.of("$items", List.of(1, 2)))).startsWith("2/‹").endsWith(" 没有属性 lenght›");
    }

    @Test
    void aMalformedPlaceholderIsRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> MessageTemplate.parse("{check.left}"))
                .hasMessage("占位符“{check.left}”应写作 {$变量} 或 {$变量.属性}");
        assertThatThrownBy(() -> MessageTemplate.parse("[（{$check.left}）"))
                .hasMessage("“[”没有对应的“]”（第 1 个字符）");
    }
}
