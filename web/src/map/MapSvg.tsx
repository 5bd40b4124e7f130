import type { MouseEvent } from 'react';
import { isPlainClick, navigate } from '../router/router';
import { paths } from '../router/routes';
import type { MapModel } from './geometry';

interface Props {
  model: MapModel;
  title: string;
  /** Called with the state under the pointer or focus, null when it leaves. */
  onHover?: (code: string | null) => void;
  markerRadius?: number;
}

/** Draws a prepared map; each member state is a link to its page carrying data-member. */
export function MapSvg({ model, title, onHover, markerRadius = 5 }: Props) {
  const follow = (code: string) => (event: MouseEvent) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigate(paths.member(code));
  };
  return (
    <svg
      className="map-svg"
      viewBox={`0 0 ${model.width} ${model.height}`}
      role="img"
      aria-label={title}
      preserveAspectRatio="xMidYMid meet"
    >
      <rect className="map-sea" width={model.width} height={model.height} />
      <g className="map-land">
        {model.background.map((country) => (
          <path key={country.id || country.d.slice(0, 24)} d={country.d} />
        ))}
      </g>
      <g className="map-members">
        {model.members.map((member) => (
          <a
            key={member.code}
            href={paths.member(member.code)}
            className="map-member"
            data-member={member.code}
            aria-label={member.label}
            onClick={follow(member.code)}
            onMouseEnter={() => onHover?.(member.code)}
            onMouseLeave={() => onHover?.(null)}
            onFocus={() => onHover?.(member.code)}
            onBlur={() => onHover?.(null)}
          >
            <title>{member.label}</title>
            {member.d && <path d={member.d} />}
            {member.marker && (
              <circle className="map-marker" cx={member.marker[0]} cy={member.marker[1]} r={markerRadius} />
            )}
          </a>
        ))}
      </g>
    </svg>
  );
}
