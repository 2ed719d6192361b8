package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureParserTest {

    private final FigureParser parser = new FigureParser(Language.english());

    @Test
    void countedNounAfterModifiersIsTheUnit() {
        assertEquals(List.of(new FigureMention(new BigDecimal("12000"), "soldiers")),
                parser.parse("about 12,000 North Korean soldiers are being trained"));
    }

    @Test
    void measuresAndCountsKeepTheirUnits() {
        assertEquals(List.of(new FigureMention(new BigDecimal("50"), "meters"), new FigureMention(new BigDecimal("300"), "grams")),
                parser.parse("50 meters of rope and 300 grams of rice"));
    }

    @Test
    void percentAndScaleWordsAreRead() {
        assertEquals(List.of(new FigureMention(new BigDecimal("58"), "percent"), new FigureMention(new BigDecimal("1600000000"), "members")),
                parser.parse("58 percent of the youth and 1.6 billion members"));
    }

    @Test
    void yearsOrdinalsAndDecimalsAreHandled() {
        assertEquals(List.of(new FigureMention(new BigDecimal("2.5"), "kilometers")),
                parser.parse("In 2019, on the 25th, the line grew by 2.5 kilometers"));
    }
}
