package id.go.kemnaker.karirhub.stats.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator")
public record IndicatorView(Indicator code, String nameId, String nameEn, String unit, String polarity, String source) {

    static IndicatorView of(Indicator indicator) {
        return new IndicatorView(indicator, indicator.nameId(), indicator.nameEn(), indicator.unit().code(),
                indicator.polarity().code(), indicator.source().code());
    }
}
